package importer

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	yaml3 "github.com/oasdiff/yaml3"
)

// importedKey marks what the import wrote, with the page it came from: an
// OpenAPI operation and the component schemas it added, a JSON-RPC method's
// schema file, an object page's file, and the files of an API the import
// created. A feature is marked by its description (importedMark). What
// carries the mark is the import's to rewrite (Options.Replace); a hand
// edit that must stay removes the mark, and the part is the user's.
const importedKey = "x-conform-imported"

// source names the page in the mark: its file name, not the path it was
// read from, which depends on where the import ran.
func (m *model) source() string { return filepath.Base(m.p.File) }

// strip removes from root's openapi/, schemas/ and features/ what earlier
// imports wrote: the marked features, schema files and operations, and the
// component schemas the operations added. A contract file the import
// created goes when no operation of the user's is left in it. What is not
// marked (the curated contracts, a hand-written feature) is left as it is.
func strip(root string) error {
	err := walkFiles(filepath.Join(root, "features"), func(path string, b []byte) error {
		if strings.HasSuffix(path, ".feature") && bytes.Contains(b, []byte(importedMark)) {
			return os.Remove(path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = walkFiles(filepath.Join(root, "schemas"), func(path string, b []byte) error {
		var top map[string]json.RawMessage
		if !strings.HasSuffix(path, ".json") || json.Unmarshal(b, &top) != nil {
			return nil // not a schema the import writes: the loader judges it
		}
		if _, ok := top[importedKey]; ok {
			return os.Remove(path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return walkFiles(filepath.Join(root, "openapi"), func(path string, b []byte) error {
		if ext := filepath.Ext(path); ext != ".yaml" && ext != ".yml" {
			return nil
		}
		var n yaml3.Node
		if yaml3.Unmarshal(b, &n) != nil || len(n.Content) == 0 || n.Content[0].Kind != yaml3.MappingNode {
			return nil
		}
		doc := n.Content[0]
		changed, kept := stripOperations(lookupKey(doc, "paths"))
		if comps := lookupKey(lookupKey(doc, "components"), "schemas"); comps != nil && dropMarked(doc, comps) {
			changed = true
		}
		if lookupKey(doc, importedKey) != nil && kept == 0 {
			return os.Remove(path)
		}
		if !changed {
			return nil
		}
		var out bytes.Buffer
		enc := yaml3.NewEncoder(&out)
		enc.SetIndent(2)
		if err := enc.Encode(&n); err != nil {
			return err
		}
		return os.WriteFile(path, out.Bytes(), 0o644)
	})
}

// stripOperations removes the marked operations of a paths mapping, and
// the path items they leave empty. kept counts the operations left.
func stripOperations(paths *yaml3.Node) (changed bool, kept int) {
	if paths == nil || paths.Kind != yaml3.MappingNode {
		return false, 0
	}
	var items []*yaml3.Node
	for i := 0; i+1 < len(paths.Content); i += 2 {
		item := paths.Content[i+1]
		if item.Kind == yaml3.MappingNode {
			var ops []*yaml3.Node
			removed := false
			for j := 0; j+1 < len(item.Content); j += 2 {
				key, op := item.Content[j], item.Content[j+1]
				if methodToken[strings.ToLower(key.Value)] {
					if lookupKey(op, importedKey) != nil {
						removed = true
						continue
					}
					kept++
				}
				ops = append(ops, key, op)
			}
			item.Content = ops
			changed = changed || removed
			if removed && !hasOperation(item) {
				continue
			}
		}
		items = append(items, paths.Content[i], item)
	}
	paths.Content = items
	return changed, kept
}

var methodToken = map[string]bool{"get": true, "put": true, "post": true, "delete": true, "options": true, "head": true, "patch": true, "trace": true}

func hasOperation(item *yaml3.Node) bool {
	for j := 0; j+1 < len(item.Content); j += 2 {
		if methodToken[strings.ToLower(item.Content[j].Value)] {
			return true
		}
	}
	return false
}

// dropMarked removes the marked component schemas of doc (comps) that
// nothing left refers to: an operation whose mark was removed keeps the
// schemas it refers to, and they keep theirs.
func dropMarked(doc, comps *yaml3.Node) bool {
	if comps.Kind != yaml3.MappingNode {
		return false
	}
	marked := map[string]*yaml3.Node{}
	for i := 0; i+1 < len(comps.Content); i += 2 {
		if lookupKey(comps.Content[i+1], importedKey) != nil {
			marked[comps.Content[i].Value] = comps.Content[i+1]
		}
	}
	// What refers to a marked schema: the document but the marked schemas,
	// then each marked schema a kept one refers to, in turn.
	keep := map[string]bool{}
	var todo []string
	refer := func(n *yaml3.Node) {
		schemaRefs(n, func(name string) {
			if marked[name] != nil && !keep[name] {
				keep[name] = true
				todo = append(todo, name)
			}
		})
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value != "components" {
			refer(doc.Content[i+1])
			continue
		}
		c := doc.Content[i+1]
		for j := 0; j+1 < len(c.Content); j += 2 {
			if c.Content[j+1] != comps {
				refer(c.Content[j+1])
			}
		}
	}
	for i := 0; i+1 < len(comps.Content); i += 2 {
		if marked[comps.Content[i].Value] == nil {
			refer(comps.Content[i+1])
		}
	}
	for len(todo) > 0 {
		name := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		refer(marked[name])
	}
	var out []*yaml3.Node
	for i := 0; i+1 < len(comps.Content); i += 2 {
		if name := comps.Content[i].Value; marked[name] == nil || keep[name] {
			out = append(out, comps.Content[i], comps.Content[i+1])
		}
	}
	dropped := len(out) != len(comps.Content)
	comps.Content = out
	return dropped
}

// schemaRefs calls f with the component schema each $ref under n names.
func schemaRefs(n *yaml3.Node, f func(name string)) {
	if n == nil {
		return
	}
	if n.Kind == yaml3.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "$ref" {
				if name, ok := strings.CutPrefix(n.Content[i+1].Value, "#/components/schemas/"); ok {
					f(name)
				}
			}
		}
	}
	for _, c := range n.Content {
		schemaRefs(c, f)
	}
}

// walkFiles calls f with each file under dir and its content; a dir that
// does not exist has none.
func walkFiles(dir string, f func(path string, b []byte) error) error {
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return f(p, b)
	})
	if os.IsNotExist(err) {
		return nil
	}
	return err
}

// CopyCurated copies root's curated contracts and features to dst: its
// openapi/, schemas/ and features/ without what conform import wrote
// there, as an import with Replace and no page leaves them. Tests that pin
// the curated seed (its operations, methods and conflicts by name) read
// such a copy, whatever references make refs imported beside it.
func CopyCurated(root, dst string) error {
	if err := copyRepo(root, dst); err != nil {
		return err
	}
	return strip(dst)
}
