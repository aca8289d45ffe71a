package lint

import (
	"html/template"
	"io"
	"strings"
)

// WriteHTML writes the report of WriteMarkdown as one HTML page, with no
// script and no outside resource: the same sections, counts and findings,
// in the same order.
func WriteHTML(w io.Writer, in *Input, res *Result, s *Summary) error {
	type finding struct {
		Where, Level, Kind, ID, Note, Expected, Actual string
	}
	type pageFindings struct {
		File     string
		Findings []finding
	}
	type skipped struct {
		Path, Kinds string
		Skipped     []Skip
		Unread      []Unread
	}
	var pages []pageFindings
	for i, f := range res.Findings {
		file, _ := splitWhere(f.Where)
		if len(pages) == 0 || pages[len(pages)-1].File != displayPath(file) {
			pages = append(pages, pageFindings{File: displayPath(file)})
		}
		here := strings.NewReplacer("("+file+":", "(line ")
		kind := ""
		if i < len(res.Kinds) {
			kind = res.Kinds[i]
		}
		p := &pages[len(pages)-1]
		p.Findings = append(p.Findings, finding{displayPath(f.Where), f.Level.String(), kind, f.Rule, f.Note, here.Replace(f.Expected), here.Replace(f.Actual)})
	}
	var skips []skipped
	for _, r := range in.References {
		if len(r.Skipped) > 0 || len(r.Unread) > 0 {
			skips = append(skips, skipped{displayPath(r.Path), orNone(strings.Join(skippedByKind(r.Skipped), ", ")), r.Skipped, r.Unread})
		}
	}
	var refPaths []string
	for _, r := range s.References {
		refPaths = append(refPaths, r.Path)
	}
	return htmlReport.Execute(w, map[string]any{
		"Summary": s, "RefNames": shortRefs(refPaths), "Skips": skips, "Pages": pages, "Repository": repository,
	})
}

var htmlReport = template.Must(template.New("report").Funcs(template.FuncMap{"path": displayPath}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Documentation bugs</title>
<style>
body{font-family:sans-serif;max-width:80em;margin:1em auto;padding:0 1em;line-height:1.4}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}
td.n{text-align:right}code{font-size:.95em}li.f{margin-bottom:.6em}.side{color:#333}
</style></head><body>
<h1>Documentation bugs</h1>
<p>Written by <code>conform lint --report</code>: where the pages contradict themselves. Each finding quotes both
sides at file:line; the value of a secret-named member is never shown, only its length.</p>
{{with .Summary}}<p>{{.Errors}} errors, {{.Warnings}} warnings.{{if .RepoSkipped}} Repository checks skipped: {{.RepoSkipped}}.{{end}}</p>{{end}}
<h2>Pages read</h2>
<table><tr><th>reference</th><th>page files</th><th>method pages linted</th><th>skipped</th><th>not read</th><th>findings</th><th>pages with findings</th></tr>
{{range .Summary.References}}{{if eq .Path $.Repository}}<tr><td>{{.Path}}</td><td></td><td></td><td></td><td></td><td class="n">{{.Findings}}</td><td class="n">{{.Pages}}</td></tr>
{{else}}<tr><td><code>{{path .Path}}</code></td><td class="n">{{.Files}}</td><td class="n">{{.Methods}}</td><td class="n">{{len .Skipped}}</td><td class="n">{{len .Unread}}</td><td class="n">{{.Findings}}</td><td class="n">{{.Pages}}</td></tr>
{{end}}{{end}}</table>
{{range .Skips}}<p><code>{{.Path}}</code>: skipped {{.Kinds}}.</p>
{{if .Unread}}<p>Not read (the reader cannot read them; not counted as findings):</p><ul>{{range .Unread}}<li>{{.Err}}</li>{{end}}</ul>{{end}}
{{if .Skipped}}<details><summary>The skipped pages, each with its reason</summary><ul>{{range .Skipped}}<li><code>{{path .File}}</code>: {{.Reason}}</li>{{end}}</ul></details>{{end}}
{{end}}
<h2>Findings by rule</h2>
<table><tr><th>rule</th><th>what it finds</th><th>all</th>{{range .RefNames}}<th>{{.}}</th>{{end}}</tr>
{{range .Summary.Rules}}<tr><td><code>{{.Kind}}</code></td><td>{{.Doc}}</td><td class="n">{{.Count}}</td>{{range .PerReference}}<td class="n">{{.}}</td>{{end}}</tr>
{{end}}</table>
<h2>Findings by page</h2>
{{range .Pages}}<h3><code>{{.File}}</code></h3><p>{{len .Findings}} finding(s).</p><ul>
{{range .Findings}}<li class="f"><code>{{.Where}}</code> {{.Level}} <code>{{.Kind}}</code> (<code>{{.ID}}</code>): {{.Note}}<ul>{{if .Expected}}<li class="side">{{.Expected}}</li>{{end}}{{if .Actual}}<li class="side">{{.Actual}}</li>{{end}}</ul></li>
{{end}}</ul>
{{end}}</body></html>
`))
