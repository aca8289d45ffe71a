package contract

import "strings"

// MatchTemplate matches a URL path against a path template such as
// /v3/{project_id}/dcaas/vif-peers, the way an operation matches its own
// (Operation.MatchPath), for documents that are not yet a contract: a
// vendor page's URI and its request example.
func MatchTemplate(template, path string, prefix bool) (params map[string]string, rest string, ok bool) {
	re, names := compileTemplate(template)
	o := &Operation{Path: template, re: re, params: names}
	return o.MatchPath(path, prefix)
}

// URLPath returns the path of a documented URL, placeholders and all:
// https://{endpoint}/v3/x?y → /v3/x.
func URLPath(raw string) string {
	s := raw
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
		if j := strings.IndexByte(s, '/'); j >= 0 {
			s = s[j:]
		} else {
			s = "/"
		}
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	return s
}
