package reports

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
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
	redact(reflect.ValueOf(r), red)
	for _, f := range files {
		if err := writeFile(f, r, red); err != nil {
			return err
		}
	}
	return nil
}

// writeFile renders one report into its file through the redactor, without
// holding the whole text in memory.
func writeFile(f Output, r *Run, red *exchange.Redactor) error {
	if dir := filepath.Dir(f.Path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("cannot create the folder for the %s report: %w", f.Kind, err)
		}
	}
	fh, err := os.Create(f.Path)
	if err != nil {
		return fmt.Errorf("cannot write the %s report: %w", f.Kind, err)
	}
	buf := bufio.NewWriter(fh)
	masked := red.Writer(buf)
	err = writers[f.Kind](masked, r)
	if err != nil {
		err = fmt.Errorf("writing the %s report %s: %w", f.Kind, f.Path, err)
	} else if err = errors.Join(masked.Close(), buf.Flush()); err != nil {
		err = fmt.Errorf("cannot write the %s report: %w", f.Kind, err)
	}
	if cerr := fh.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("cannot write the %s report: %w", f.Kind, cerr)
	}
	return err
}

// redact masks every string of the run once more, in place, with the run's
// final redactor. A secret learned late (a --secret-name value first seen in
// an answer while other scenarios ran) is then masked in what was recorded
// before it was known, including what the writers encode (Cucumber's base64
// embeddings), which the masking of the written text cannot see. It works
// in place, field by field, so that a long run's reports do not hold the run
// twice.
func redact(v reflect.Value, red *exchange.Redactor) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			redact(v.Elem(), red)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				redact(v.Field(i), red)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			redact(v.Index(i), red)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			val := reflect.New(it.Value().Type()).Elem()
			val.Set(it.Value())
			redact(val, red)
			v.SetMapIndex(it.Key(), val)
		}
	case reflect.String:
		if v.CanSet() {
			if masked := red.String(v.String()); masked != v.String() {
				v.SetString(masked)
			}
		}
	}
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
