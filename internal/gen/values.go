package gen

import (
	"encoding/json"
	"fmt"
	"net"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/getkin/kin-openapi/openapi3"
)

// Values for rows. A row changes one member and claims one rule: an
// accepted boundary value must satisfy every other rule of its member (its
// pattern, format and enum, not only its length), or a target that rejects
// it for that other rule would fail the row for an unrelated reason; a
// rejected value should break only the rule it names.

// stringAt is a string of exactly n characters that the member's other
// rules accept: its format (an IP address, an IP address in CIDR form, a
// UUID, a date…), its pattern, its enum. With lengthBroken the length limits
// themselves are left out (a value just outside them). It returns false
// when no such string was found; the caller then writes plain "a"s, and the
// contract check drops the row if they break a rule.
func stringAt(s *openapi3.Schema, n uint64, lengthBroken bool) (string, bool) {
	judge := *s
	if lengthBroken {
		judge.MinLength, judge.MaxLength = 0, nil
	}
	ok := func(v string) bool {
		return uint64(utf8.RuneCountInString(v)) == n && judge.VisitJSON(v) == nil
	}
	var candidates []string
	if v, found := formatted(s, int(n)); found {
		candidates = append(candidates, v)
	}
	if s.Pattern != "" {
		if v, found := matching(s.Pattern, int(n)); found {
			candidates = append(candidates, v)
		}
	}
	if s.Pattern == "" && s.Format == "" && !saysCIDR(s) {
		candidates = append(candidates, strings.Repeat("a", int(n)))
	}
	for _, v := range candidates {
		if ok(v) {
			return v, true
		}
	}
	return "", false
}

// breaking is a string within the member's length limits that its pattern
// does not match: a row that breaks the pattern alone.
func breaking(s *openapi3.Schema) (string, bool) {
	rx, err := regexp.Compile(s.Pattern)
	if err != nil {
		return "", false
	}
	n := max(s.MinLength, 1)
	if s.MaxLength != nil && n > *s.MaxLength {
		return "", false
	}
	for _, c := range []string{"!", "~", "-", " ", "a", "0"} {
		if v := strings.Repeat(c, int(n)); !rx.MatchString(v) {
			return v, true
		}
	}
	return "", false
}

// valueText writes a generated string as a row's value: "a string of N
// characters" for plain "a"s, which nobody wants to read, JSON otherwise.
func valueText(v string) string {
	if n := len(v); n > 0 && v == strings.Repeat("a", n) {
		return strOf(uint64(n))
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// saysCIDR tells whether a member holds an IP address in CIDR form, as a
// format (cidr, ipv4-cidr…) or its description says.
func saysCIDR(s *openapi3.Schema) bool {
	return strings.Contains(strings.ToLower(s.Format+" "+s.Description), "cidr")
}

// formatted is a value of the member's format, n characters long.
func formatted(s *openapi3.Schema, n int) (string, bool) {
	var v string
	switch f := strings.ToLower(s.Format); {
	case saysCIDR(s) && strings.Contains(f+s.Description, "v6"):
		v = ipv6Of(n-4) + "/64"
	case saysCIDR(s):
		v = cidr4Of(n)
	case f == "ipv4":
		v = ipv4Of(n)
	case f == "ipv6":
		v = ipv6Of(n)
	case f == "uuid":
		v = "5d6c17bc-0ebe-420b-8734-21f519e9d7ad"
	case f == "date-time":
		v = "2026-01-02T03:04:05Z"
	case f == "date":
		v = "2026-01-02"
	case f == "email":
		v = strings.Repeat("a", max(n-len("@example.com"), 0)) + "@example.com"
	case f == "uri" || f == "url":
		v = "https://example.com/" + strings.Repeat("a", max(n-len("https://example.com/"), 0))
	case f == "hostname":
		v = hostnameOf(n)
	default:
		return "", false
	}
	return v, len(v) == n
}

// ipv4Of is a dotted quad of n characters (7 to 15): 1.1.1.1 … 100.100.100.100.
func ipv4Of(n int) string {
	if n < 7 || n > 15 {
		return ""
	}
	digits := [4]int{1, 1, 1, 1}
	for i, extra := 0, n-7; extra > 0; i = (i + 1) % 4 {
		if digits[i] < 3 {
			digits[i]++
			extra--
		}
	}
	parts := make([]string, 4)
	for i, d := range digits {
		parts[i] = "1" + strings.Repeat("0", d-1)
	}
	return strings.Join(parts, ".")
}

// cidr4Of is an IPv4 network in CIDR form of n characters (9 to 18).
func cidr4Of(n int) string {
	for _, prefix := range []string{"/24", "/8"} {
		if ip := ipv4Of(n - len(prefix)); ip != "" {
			return ip + prefix
		}
	}
	return ""
}

// ipv6Of is an IPv6 address of n characters (3 to 39), in the unique local
// range where it is long enough.
func ipv6Of(n int) string {
	var v string
	switch {
	case n >= 15 && n <= 39:
		groups := make([]string, 8)
		extra := n - 15
		for i := range groups {
			w := 1 + min(extra, 3)
			extra -= w - 1
			groups[i] = strings.Repeat("0", w-1) + "1"
		}
		groups[0] = strings.Repeat("f", len(groups[0])-1) + "d"
		v = strings.Join(groups, ":")
	case n >= 3 && n <= 6:
		v = "::" + strings.Repeat("0", n-3) + "1"
	case n >= 7 && n <= 14:
		v = "fd00::" + strings.Repeat("0", max(n-7, 0)%4) + "1"
		for len(v) < n {
			v = strings.Replace(v, "::", ":1::", 1)
		}
	}
	if net.ParseIP(v) == nil || len(v) != n {
		return ""
	}
	return v
}

func hostnameOf(n int) string {
	var labels []string
	for n > 0 {
		w := min(n, 63)
		labels = append(labels, strings.Repeat("a", w))
		n -= w + 1
	}
	if n == 0 { // a trailing dot would make it n+1 long
		return ""
	}
	return strings.Join(labels, ".")
}

// matching is a string of exactly n characters that pattern matches, built
// from the pattern's syntax tree; false when none was found.
func matching(pattern string, n int) (string, bool) {
	rx, err := regexp.Compile(pattern)
	if err != nil || n < 0 || n > 1<<16 {
		return "", false
	}
	tries := []string{pattern}
	if !strings.HasSuffix(pattern, "$") {
		tries = append(tries, "(?:"+pattern+")a*") // unanchored: pad after a match
	}
	for _, p := range tries {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			continue
		}
		if v, ok := build(re.Simplify(), n); ok && utf8.RuneCountInString(v) == n && rx.MatchString(v) {
			return v, true
		}
	}
	return "", false
}

const unbounded = -1

// span is the shortest and longest match of a node (longest unbounded: -1).
func span(re *syntax.Regexp) (lo, hi int) {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune), len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, 1
	case syntax.OpCapture:
		return span(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			l, h := span(s)
			lo += l
			if hi != unbounded {
				hi = addSpan(hi, h)
			}
		}
		return lo, hi
	case syntax.OpAlternate:
		lo = 1 << 30
		for _, s := range re.Sub {
			l, h := span(s)
			lo = min(lo, l)
			if hi != unbounded && (h == unbounded || h > hi) {
				hi = h
			}
		}
		return lo, hi
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		cmin, cmax := counts(re)
		l, h := span(re.Sub[0])
		lo = cmin * l
		switch {
		case h == 0:
			hi = 0
		case cmax == unbounded || h == unbounded:
			hi = unbounded
		default:
			hi = cmax * h
		}
		return lo, hi
	case syntax.OpNoMatch:
		return 1 << 30, 0
	}
	return 0, 0 // anchors, boundaries, the empty match
}

func addSpan(a, b int) int {
	if b == unbounded {
		return unbounded
	}
	return a + b
}

func counts(re *syntax.Regexp) (int, int) {
	switch re.Op {
	case syntax.OpStar:
		return 0, unbounded
	case syntax.OpPlus:
		return 1, unbounded
	case syntax.OpQuest:
		return 0, 1
	}
	return re.Min, re.Max
}

func fits(n, lo, hi int) bool { return n >= lo && (hi == unbounded || n <= hi) }

// build writes a match of exactly n characters.
func build(re *syntax.Regexp, n int) (string, bool) {
	lo, hi := span(re)
	if !fits(n, lo, hi) {
		return "", false
	}
	switch re.Op {
	case syntax.OpLiteral:
		return string(re.Rune), true
	case syntax.OpCharClass:
		return string(pick(re.Rune)), true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return "a", true
	case syntax.OpCapture:
		return build(re.Sub[0], n)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if v, ok := build(s, n); ok {
				return v, true
			}
		}
		return "", false
	case syntax.OpConcat:
		return buildSeq(re.Sub, n)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		return buildRepeat(re, n)
	}
	return "", n == 0
}

// buildSeq shares n out among a concatenation, trying for its first part
// the longest share, the shortest and the one that leaves the rest their
// shortest.
func buildSeq(subs []*syntax.Regexp, n int) (string, bool) {
	if len(subs) == 0 {
		return "", n == 0
	}
	lo, hi := span(subs[0])
	restLo, restHi := 0, 0
	for _, s := range subs[1:] {
		l, h := span(s)
		restLo += l
		if restHi != unbounded {
			restHi = addSpan(restHi, h)
		}
	}
	most := n - restLo
	if hi != unbounded {
		most = min(most, hi)
	}
	least := lo
	if restHi != unbounded {
		least = max(least, n-restHi)
	}
	for _, k := range []int{most, least, (most + least) / 2} {
		if k < least || k > most {
			continue
		}
		head, ok := build(subs[0], k)
		if !ok {
			continue
		}
		if tail, ok := buildSeq(subs[1:], n-k); ok {
			return head + tail, true
		}
	}
	return "", false
}

func buildRepeat(re *syntax.Regexp, n int) (string, bool) {
	cmin, cmax := counts(re)
	if n == 0 {
		return "", cmin == 0 || func() bool { l, _ := span(re.Sub[0]); return l == 0 }()
	}
	lo, hi := span(re.Sub[0])
	k := max(cmin, 1)
	if hi != unbounded && hi > 0 {
		k = max(k, (n+hi-1)/hi)
	}
	for tries := 0; tries < 3; tries, k = tries+1, k+1 {
		if (cmax != unbounded && k > cmax) || k*lo > n {
			break
		}
		var b strings.Builder
		ok := true
		for i := 0; i < k && ok; i++ {
			share := n / k
			if i < n%k {
				share++
			}
			var part string
			part, ok = build(re.Sub[0], share)
			b.WriteString(part)
		}
		if ok {
			return b.String(), true
		}
	}
	return "", false
}

// pick chooses a character of a class, readable ones first.
func pick(ranges []rune) rune {
	for _, want := range [][2]rune{{'0', '9'}, {'a', 'z'}, {'A', 'Z'}, {'!', '~'}} {
		for i := 0; i+1 < len(ranges); i += 2 {
			lo, hi := max(ranges[i], want[0]), min(ranges[i+1], want[1])
			if lo <= hi {
				return lo
			}
		}
	}
	if len(ranges) > 0 {
		return ranges[0]
	}
	return 'a'
}

// fractional is a number with a fraction within the member's range: 1.5,
// or half past its minimum.
func fractional(s *openapi3.Schema) (string, bool) {
	v := 1.5
	if s.Min != nil {
		v = *s.Min + 0.5
	}
	if s.Max != nil && v > *s.Max {
		return "", false
	}
	return fmt.Sprint(v), true
}
