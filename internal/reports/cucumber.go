package reports

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Cucumber JSON, the format cucumber-js and the cucumber report tools read:
// an array of features, each with its scenarios ("elements") and their
// steps, durations in nanoseconds, and each request and response attached
// to the step that sent it as a text/plain embedding.

type cukeFeature struct {
	URI         string        `json:"uri"`
	ID          string        `json:"id"`
	Keyword     string        `json:"keyword"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Line        int           `json:"line"`
	Tags        []cukeTag     `json:"tags"`
	Elements    []cukeElement `json:"elements"`
}

type cukeTag struct {
	Name string `json:"name"`
	Line int    `json:"line"`
}

type cukeElement struct {
	ID          string     `json:"id"`
	Keyword     string     `json:"keyword"`
	Name        string     `json:"name"`
	Description string     `json:"description"`
	Line        int        `json:"line"`
	Type        string     `json:"type"`
	Tags        []cukeTag  `json:"tags"`
	Steps       []cukeStep `json:"steps"`
}

type cukeStep struct {
	Keyword    string          `json:"keyword"`
	Name       string          `json:"name"`
	Line       int             `json:"line"`
	DocString  *cukeDocString  `json:"doc_string,omitempty"`
	Rows       []cukeRow       `json:"rows,omitempty"`
	Match      cukeMatch       `json:"match"`
	Result     cukeResult      `json:"result"`
	Embeddings []cukeEmbedding `json:"embeddings,omitempty"`
}

type cukeDocString struct {
	Value       string `json:"value"`
	ContentType string `json:"content_type"`
	Line        int    `json:"line"`
}

type cukeRow struct {
	Cells []string `json:"cells"`
}

type cukeMatch struct {
	Location string `json:"location"`
}

type cukeResult struct {
	Status       string `json:"status"`
	Duration     int64  `json:"duration"`
	ErrorMessage string `json:"error_message,omitempty"`
}

type cukeEmbedding struct {
	MimeType string `json:"mime_type"`
	Data     string `json:"data"`
	Name     string `json:"name,omitempty"`
}

var nonID = regexp.MustCompile(`[^a-z0-9]+`)

func cukeID(s string) string {
	return strings.Trim(nonID.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

func cukeTags(tags []string, line int) []cukeTag {
	out := []cukeTag{}
	for _, t := range tags {
		out = append(out, cukeTag{Name: t, Line: line})
	}
	return out
}

// WriteCucumber writes the run as Cucumber JSON.
func WriteCucumber(w io.Writer, r *Run) error {
	out := []cukeFeature{}
	for _, f := range r.Features {
		cf := cukeFeature{URI: f.URI, ID: cukeID(f.Name), Keyword: "Feature", Name: f.Name, Description: f.Description, Line: f.Line, Tags: cukeTags(f.Tags, f.Line), Elements: []cukeElement{}}
		for _, sc := range f.Scenarios {
			line := sc.Line
			if sc.Row > 0 {
				line = sc.Row
			}
			el := cukeElement{ID: cf.ID + ";" + cukeID(sc.Name) + fmt.Sprintf(";%d", line), Keyword: sc.Keyword, Name: sc.Name, Description: sc.Description,
				Line: line, Type: "scenario", Tags: cukeTags(sc.Tags, sc.Line), Steps: []cukeStep{}}
			for i, st := range sc.Steps {
				cs := cukeStep{Keyword: st.Keyword, Name: st.Text, Line: st.Line, Match: cukeMatch{Location: fmt.Sprintf("%s:%d", f.URI, st.Line)},
					Result: cukeResult{Status: string(st.Status), Duration: max(int64(st.Duration), 0), ErrorMessage: st.Detail().Error}}
				if st.Detail().DocString != "" {
					cs.DocString = &cukeDocString{Value: st.Detail().DocString, Line: st.Line + 1}
				}
				for _, row := range st.Detail().Table {
					cs.Rows = append(cs.Rows, cukeRow{Cells: row})
				}
				if st.Detail().Exchange != nil {
					cs.Embeddings = append(cs.Embeddings, textEmbedding("exchange.txt", ExchangeText(st.Detail().Exchange)))
				}
				if i == len(sc.Steps)-1 {
					var notes []string
					if sc.SkipReason != "" {
						notes = append(notes, "skipped: "+sc.SkipReason)
					}
					for _, w := range sc.Warnings {
						notes = append(notes, w.String())
					}
					if len(notes) > 0 {
						cs.Embeddings = append(cs.Embeddings, textEmbedding("notes.txt", strings.Join(notes, "\n")))
					}
				}
				el.Steps = append(el.Steps, cs)
			}
			cf.Elements = append(cf.Elements, el)
		}
		out = append(out, cf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func textEmbedding(name, text string) cukeEmbedding {
	return cukeEmbedding{MimeType: "text/plain", Name: name, Data: base64.StdEncoding.EncodeToString([]byte(text))}
}
