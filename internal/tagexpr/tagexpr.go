// Package tagexpr parses Cucumber tag expressions ("@element and not
// (@slow or @wip)") and evaluates them against a scenario's tags.
//
// It follows the Cucumber tag-expressions grammar: the operators are not,
// and, or (in that order of precedence, and and or left-associative),
// parentheses group, and a backslash escapes a space, a parenthesis or a
// backslash inside a tag. The Go module of cucumber/tag-expressions cannot
// be fetched through the module proxy this project uses, and godog's own
// filter speaks the older Behat syntax (~@x, &&, ","), so conform carries
// this small parser. Like the reference, it accepts a tag without its @; a
// tag that no scenario has selects nothing, which the run reports.
package tagexpr

import (
	"fmt"
	"strings"
)

// Expr is a parsed tag expression.
type Expr interface {
	// Match tells whether a scenario with these tags is selected.
	Match(tags []string) bool
	String() string
}

// Parse parses a tag expression. The empty expression matches everything.
func Parse(s string) (Expr, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return trueExpr{}, nil
	}
	p := &parser{toks: toks, src: s}
	e, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		return nil, p.errorf("unexpected %q", p.toks[p.i])
	}
	return e, nil
}

func tokenize(s string) ([]string, error) {
	var toks []string
	var cur strings.Builder
	escaped := false
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case escaped:
			if r != '(' && r != ')' && r != '\\' && r != ' ' && r != '\t' {
				return nil, fmt.Errorf("tag expression %q: illegal escape before %q: only a space, a parenthesis or a backslash can follow a backslash", s, r)
			}
			cur.WriteRune(r)
			escaped = false
		case r == '\\':
			escaped = true
		case r == ' ' || r == '\t' || r == '\n':
			flush()
		case r == '(' || r == ')':
			flush()
			toks = append(toks, string(r))
		default:
			cur.WriteRune(r)
		}
	}
	if escaped {
		return nil, fmt.Errorf("tag expression %q ends with a backslash: escape it as \\\\", s)
	}
	flush()
	return toks, nil
}

type parser struct {
	toks []string
	i    int
	src  string
}

func (p *parser) errorf(format string, a ...any) error {
	return fmt.Errorf("tag expression %q: %s; write it like '@element and not (@slow or @wip)'", p.src, fmt.Sprintf(format, a...))
}

func (p *parser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *parser) or() (Expr, error) {
	l, err := p.and()
	if err != nil {
		return nil, err
	}
	for p.peek() == "or" {
		p.i++
		r, err := p.and()
		if err != nil {
			return nil, err
		}
		l = orExpr{l, r}
	}
	return l, nil
}

func (p *parser) and() (Expr, error) {
	l, err := p.not()
	if err != nil {
		return nil, err
	}
	for p.peek() == "and" {
		p.i++
		r, err := p.not()
		if err != nil {
			return nil, err
		}
		l = andExpr{l, r}
	}
	return l, nil
}

func (p *parser) not() (Expr, error) {
	if p.peek() == "not" {
		p.i++
		e, err := p.not()
		if err != nil {
			return nil, err
		}
		return notExpr{e}, nil
	}
	return p.operand()
}

func (p *parser) operand() (Expr, error) {
	t := p.peek()
	switch t {
	case "":
		return nil, p.errorf("missing a tag at the end")
	case "and", "or":
		return nil, p.errorf("%q needs a tag on its left", t)
	case ")":
		return nil, p.errorf("unmatched )")
	case "(":
		p.i++
		e, err := p.or()
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, p.errorf("unmatched (")
		}
		p.i++
		return e, nil
	}
	p.i++
	return tagExpr(t), nil
}

type trueExpr struct{}

func (trueExpr) Match([]string) bool { return true }
func (trueExpr) String() string      { return "true" }

type tagExpr string

func (t tagExpr) Match(tags []string) bool {
	for _, x := range tags {
		if x == string(t) {
			return true
		}
	}
	return false
}

func (t tagExpr) String() string {
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`, " ", `\ `, "\t", "\\\t")
	return r.Replace(string(t))
}

type notExpr struct{ e Expr }

func (n notExpr) Match(tags []string) bool { return !n.e.Match(tags) }
func (n notExpr) String() string {
	// A binary operator already prints its own parentheses.
	return "not " + n.e.String()
}

type andExpr struct{ l, r Expr }

func (a andExpr) Match(tags []string) bool { return a.l.Match(tags) && a.r.Match(tags) }
func (a andExpr) String() string           { return "( " + a.l.String() + " and " + a.r.String() + " )" }

type orExpr struct{ l, r Expr }

func (o orExpr) Match(tags []string) bool { return o.l.Match(tags) || o.r.Match(tags) }
func (o orExpr) String() string           { return "( " + o.l.String() + " or " + o.r.String() + " )" }
