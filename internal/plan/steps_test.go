package plan

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Every step written with Text or Plain is matched by its own pattern, with
// the same arguments: gen and import write what the runner reads.
func TestStepTextRoundTrips(t *testing.T) {
	for _, st := range Steps {
		var args []string
		for i := range st.Regexp().NumSubexp() {
			switch {
			case strings.Contains(st.Pattern, `(\d`):
				args = append(args, "201")
			case strings.Contains(st.Pattern, "(is not|is)") && i == 1:
				args = append(args, "is not")
			case strings.Contains(st.Pattern, "(has an|has no)") && i == 1:
				args = append(args, "has no")
			default:
				args = append(args, "x"+string(rune('a'+i)))
			}
		}
		for _, text := range []string{st.Text(args...), st.Plain(args...)} {
			got, gotArgs := Match(text)
			if got != st || !slices.Equal(gotArgs, args) {
				t.Errorf("%q matches step %v with %q, want step %d with %q", text, got, gotArgs, st.ID, args)
			}
		}
	}
}

func TestStepsHaveDocs(t *testing.T) {
	seen := map[string]bool{}
	for _, st := range Steps {
		if strings.TrimSpace(st.Doc) == "" {
			t.Errorf("step %q has no documentation", st.Pattern)
		}
		if seen[st.Readable()] {
			t.Errorf("two steps read %q", st.Readable())
		}
		seen[st.Readable()] = true
	}
}

func TestSends(t *testing.T) {
	src := `Feature: f
  Scenario: documented
    Given the "dcaas" API
    When I send the documented "CreateVifPeer" request:
      """
      {"a": 1}
      """
    Then the response status is 201
    And the response looks like the documented example:
      """
      {"b": 2}
      """
    And the response echoes these request members:
      | /a |

  Scenario: own and changed
    Given the "element" API at its "destination" target
    When I send the "ListClusterPairs" request:
      """
      {}
      """
    When I send the documented "X" request without "/a":
      """
      {"a": 1}
      """
    Then the changed request is rejected with status 400
`
	got, err := Sends([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sent{
		{API: "dcaas", Operation: "CreateVifPeer", Documented: true, Request: `{"a": 1}`, RequestLine: 6, Status: 201, Response: `{"b": 2}`, ResponseLine: 11, HasResponse: true, Echoed: []string{"/a"}},
		{API: "element", Operation: "ListClusterPairs", Request: "{}", RequestLine: 20},
		{API: "element", Operation: "X", Documented: true, Changed: true, Request: `{"a": 1}`, RequestLine: 24},
	}
	if len(got) != len(want) {
		t.Fatalf("%d sends, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.API != w.API || g.Operation != w.Operation || g.Documented != w.Documented || g.Changed != w.Changed ||
			g.Request != w.Request || g.RequestLine != w.RequestLine || g.Status != w.Status || g.Response != w.Response ||
			g.ResponseLine != w.ResponseLine || g.HasResponse != w.HasResponse || !slices.Equal(g.Echoed, w.Echoed) {
			t.Errorf("send %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestTextWritesDocumented(t *testing.T) {
	if got, want := Steps[StepSend].Text("Op"), `I send the documented "Op" request:`; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if got, want := Steps[StepSendWithMember].Plain("Op", "/a", "1"), `I send the "Op" request with "/a" set to 1:`; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}

// TestMatchRemembersNoWrongAnswer: Match, APIOf and OperationOf remember
// their answers per text; the remembered answer must be the one matching
// would give, before and after the table of remembered texts is full.
func TestMatchRemembersNoWrongAnswer(t *testing.T) {
	for i := range memoMax + 500 {
		n := strconv.Itoa(100 + i)
		for range 2 {
			st, args := Match(`the "api` + n + `" API`)
			if st == nil || st.ID != StepAPI || len(args) != 1 || args[0] != "api"+n {
				t.Fatalf("Match(api%s) = %v %v", n, st, args)
			}
			if got := APIOf(`the "api` + n + `" API`); got != "api"+n {
				t.Fatalf("APIOf(api%s) = %q", n, got)
			}
			if got := OperationOf(`I send the documented "Op` + n + `" request:`); got != "Op"+n {
				t.Fatalf("OperationOf(Op%s) = %q", n, got)
			}
			if st, _ := Match("no step says " + n); st != nil {
				t.Fatalf("Match(no step %s) = %v", n, st.ID)
			}
		}
	}
}
