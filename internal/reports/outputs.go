package reports

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/conform-dev/conform/internal/exchange"
)

// Output is one report file.
type Output struct {
	Kind string // junit, cucumber, html, json
	Path string
}

// Outputs is what --format asks for: at most one console format and any
// number of report files.
type Outputs struct {
	Console string // "pretty" or "progress"
	Files   []Output
}

var writers = map[string]func(io.Writer, *Run) error{
	"junit":    WriteJUnit,
	"cucumber": WriteCucumber,
	"html":     WriteHTML,
	"json":     WriteJSON,
}

// ParseFormats reads --format: comma-separated, each a console format
// (pretty, progress) or KIND:FILE (junit, cucumber, html, json). Without a
// console format, the console gets pretty on a terminal and progress
// elsewhere.
func ParseFormats(s string, terminal bool) (Outputs, error) {
	var o Outputs
	seen := map[string]string{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		kind, path, hasPath := strings.Cut(part, ":")
		switch {
		case kind == "pretty" || kind == "progress":
			if hasPath {
				return o, fmt.Errorf("--format %s: the console formats take no file; write a file with junit:FILE, cucumber:FILE, html:FILE or json:FILE", part)
			}
			if o.Console != "" && o.Console != kind {
				return o, fmt.Errorf("--format: %s and %s both write to the console; pick one", o.Console, kind)
			}
			o.Console = kind
		case writers[kind] != nil:
			if !hasPath || path == "" {
				return o, fmt.Errorf("--format %s needs a file: %s:out/%s", part, kind, defaultName(kind))
			}
			if other, dup := seen[path]; dup {
				return o, fmt.Errorf("--format: %s and %s both write %s", other, kind, path)
			}
			seen[path] = kind
			o.Files = append(o.Files, Output{Kind: kind, Path: path})
		default:
			return o, fmt.Errorf("--format %q: unknown format %q; use pretty, progress, junit:FILE, cucumber:FILE, html:FILE or json:FILE, comma-separated", s, kind)
		}
	}
	if o.Console == "" {
		o.Console = "progress"
		if terminal {
			o.Console = "pretty"
		}
	}
	return o, nil
}

func defaultName(kind string) string {
	return map[string]string{"junit": "junit.xml", "cucumber": "cucumber.json", "html": "report.html", "json": "conform.json"}[kind]
}

// WriteFiles writes every report file. Each is rendered whole, masked once
// more with the run's redactor, then written, so that no secret the run
// learned late reaches a file.
func WriteFiles(r *Run, files []Output, red *exchange.Redactor) error {
	if len(files) == 0 {
		return nil
	}
	r, err := redacted(r, red)
	if err != nil {
		return err
	}
	for _, f := range files {
		var buf bytes.Buffer
		if err := writers[f.Kind](&buf, r); err != nil {
			return fmt.Errorf("writing the %s report %s: %w", f.Kind, f.Path, err)
		}
		if dir := filepath.Dir(f.Path); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("cannot create the folder for the %s report: %w", f.Kind, err)
			}
		}
		if err := os.WriteFile(f.Path, []byte(red.String(buf.String())), 0o644); err != nil {
			return fmt.Errorf("cannot write the %s report: %w", f.Kind, err)
		}
	}
	return nil
}

// redacted masks the run once more with the run's final redactor. A secret
// learned late (a --secret-name value first seen in an answer while other
// scenarios ran) is then masked in what was recorded before it was known,
// including what the writers encode (Cucumber's base64 embeddings), which
// the masking of the written text cannot see.
func redacted(r *Run, red *exchange.Redactor) (*Run, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // so that a secret with < > & is found as written
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("masking the reports: %w", err)
	}
	out := &Run{}
	if err := json.Unmarshal([]byte(red.String(buf.String())), out); err != nil {
		return nil, fmt.Errorf("masking the reports: %w", err)
	}
	return out, nil
}

// WriteJSON writes conform's own report: the whole run, the input of
// `conform report merge`.
func WriteJSON(w io.Writer, r *Run) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// ReadJSON reads a report WriteJSON wrote.
func ReadJSON(path string) (*Run, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Run
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s is not a conform JSON report (write one with --format json:FILE): %w", path, err)
	}
	if r.Features == nil {
		return nil, fmt.Errorf("%s is not a conform JSON report: it has no features (write one with --format json:FILE)", path)
	}
	return &r, nil
}

// CheckWritable creates each report file's folder and makes sure the file
// can be written, before the run sends anything.
func CheckWritable(files []Output) error {
	for _, f := range files {
		if dir := filepath.Dir(f.Path); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("--format %s:%s: cannot create its folder: %w", f.Kind, f.Path, err)
			}
		}
		fh, err := os.OpenFile(f.Path, os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			return fmt.Errorf("--format %s:%s: cannot write it: %w", f.Kind, f.Path, err)
		}
		fh.Close()
	}
	return nil
}
