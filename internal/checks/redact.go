package checks

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/conform-dev/conform/internal/exchange"
)

// Checks never mask: they report what came, and whoever shows a finding
// masks it with Redact, with every secret known by then (one learned after
// the finding was made, too). What a check shortens is the exception: a
// secret cut by the shortening no longer matches, and would show in part. So
// a check keeps each value it shortened, whole, in the finding (never
// printed), and Redact masks the whole value before shortening it again.

// shownValue is a value a check shortened into a finding's text.
type shownValue struct {
	full string
	max  int
}

// values collects the values one check shortens, for the findings it
// returns (see attach).
type values struct{ cut []shownValue }

// show renders a JSON value for a message, shortened.
func (v *values) show(x any) string { return v.shorten(renderValue(x), 80) }

// shorten is Shorten, keeping s whole when it cuts it.
func (v *values) shorten(s string, max int) string {
	if v != nil && utf8.RuneCountInString(s) > max {
		v.cut = append(v.cut, shownValue{full: s, max: max})
	}
	return Shorten(s, max)
}

// keep gives one finding the values shortened so far.
func (v *values) keep(f Finding) Finding {
	fs := Findings{f}
	v.attach(&fs)
	return fs[0]
}

// attach gives every finding in *fs the values shortened so far: deferred
// by a check with a named result, so that no return path forgets them. A
// finding may get values another of its kind shows; Redact replaces only
// text a finding holds.
func (v *values) attach(fs *Findings) {
	if len(v.cut) == 0 {
		return
	}
	for i := range *fs {
		f := &(*fs)[i]
		f.shown = append(slices.Clip(f.shown), v.cut...)
	}
}

// Redact masks every secret red knows in every text of the finding, a value
// the check shortened masked before it is shortened again. A nil red masks
// nothing.
func (f Finding) Redact(red *exchange.Redactor) Finding {
	if red == nil {
		return f
	}
	texts := []*string{&f.Part, &f.Pointer, &f.Rule, &f.Expected, &f.Actual, &f.Where, &f.Note}
	shown := slices.Clone(f.shown)
	for i, v := range shown {
		masked := red.String(v.full)
		if masked == v.full {
			continue
		}
		was, now := Shorten(v.full, v.max), Shorten(masked, v.max)
		for _, p := range texts {
			*p = strings.ReplaceAll(*p, was, now)
		}
		shown[i].full = masked
	}
	f.shown = shown
	for _, p := range texts {
		*p = red.String(*p)
	}
	return f
}

// Redact masks every finding (see Finding.Redact).
func (fs Findings) Redact(red *exchange.Redactor) Findings {
	if fs == nil {
		return nil
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		out[i] = f.Redact(red)
	}
	return out
}
