package checks

import (
	"fmt"

	"github.com/conform-dev/conform/internal/exchange"
)

// Relations between calls of one scenario: what a later answer must say
// about what an earlier one made. The values compared come from earlier
// answers: whoever shows the findings masks them like everything else.

// Member checks the member at ptr equals want (is) or differs from it
// (!is), as JSON values.
func Member(body any, ptr string, want any, is bool) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	got, ok := Lookup(body, ptr)
	rule, expected := "equals "+v.show(want), v.show(want)
	if !is {
		rule, expected = "differs from "+v.show(want), "anything but "+v.show(want)
	}
	switch {
	case !ok:
		return Findings{{Check: IDRelation, Pointer: ptr, Rule: rule, Expected: expected, Actual: "no such member", Where: "the scenario"}}
	case jsonEqual(got, want) != is:
		return Findings{{Check: IDRelation, Pointer: ptr, Rule: rule, Expected: expected, Actual: v.show(got), Where: "the scenario"}}
	}
	return nil
}

// HasItem checks the array at ptr has an item (has) or no item (!has) whose
// member at itemPtr equals want.
func HasItem(body any, ptr, itemPtr string, want any, has bool) (fs Findings) {
	vals := &values{}
	defer vals.attach(&fs)
	v, ok := Lookup(body, ptr)
	items, isArray := v.([]any)
	rule := fmt.Sprintf("an item with %s %s", itemPtr, vals.show(want))
	if !has {
		rule = fmt.Sprintf("no item with %s %s", itemPtr, vals.show(want))
	}
	if !ok || !isArray {
		actual := "no such member"
		if ok {
			actual = vals.show(v)
		}
		return Findings{{Check: IDRelation, Pointer: ptr, Rule: rule, Expected: "an array", Actual: actual, Where: "the scenario"}}
	}
	for i, it := range items {
		if got, ok := Lookup(it, itemPtr); ok && jsonEqual(got, want) {
			if has {
				return nil
			}
			return Findings{{Check: IDRelation, Pointer: fmt.Sprintf("%s/%d%s", ptr, i, itemPtr), Rule: rule,
				Expected: "no such item", Actual: vals.show(it), Where: "the scenario"}}
		}
	}
	if !has {
		return nil
	}
	return Findings{{Check: IDRelation, Pointer: ptr, Rule: rule, Expected: "such an item",
		Actual: fmt.Sprintf("%d items, none with %s %s", len(items), itemPtr, vals.show(want)), Where: "the scenario"}}
}

// JSONRPCError checks an answer is a JSON-RPC error object, with the given
// name unless name is "".
func JSONRPCError(body any, name string) (fs Findings) {
	v := &values{}
	defer v.attach(&fs)
	rule, expected := "an error object", "an error object with code, name and message"
	if name != "" {
		rule, expected = "error "+name, name
	}
	got, ok := Lookup(body, "/error/name")
	if ok && (name == "" || got == name) {
		return nil
	}
	actual := "no error"
	switch _, isErr := Lookup(body, "/error"); {
	case ok:
		actual = fmt.Sprintf("%v", got)
	case isErr:
		actual = "an error object without a name"
	default:
		if r, ok := Lookup(body, "/result"); ok {
			actual = "a result: " + v.show(r)
		}
	}
	return Findings{{Check: IDJSONRPC, Pointer: "/error/name", Rule: rule, Expected: expected, Actual: actual, Where: "the scenario"}}
}

// JSONRPCResult checks an answer is a JSON-RPC result, not an error: an
// error object satisfies the envelope too, and comes with status 200.
func JSONRPCResult(body any) (fs Findings) {
	if _, ok := Lookup(body, "/result"); ok {
		if _, isErr := Lookup(body, "/error"); !isErr {
			return nil
		}
	}
	v := &values{}
	defer v.attach(&fs)
	actual := "no result"
	if e, ok := Lookup(body, "/error"); ok {
		actual = "an error: " + v.show(e)
	}
	return Findings{{Check: IDJSONRPC, Pointer: "/result", Rule: "a result", Expected: "a result and no error object", Actual: actual, Where: "the scenario"}}
}

// Kept checks the member a step keeps under name is there, and returns it.
func Kept(body any, ptr, name string) (any, Findings) {
	v, ok := Lookup(body, ptr)
	if !ok {
		return nil, Findings{{Check: IDRelation, Pointer: ptr, Rule: "present, to keep as " + name,
			Expected: "a member to keep", Actual: "no such member", Where: "the scenario"}}
	}
	return v, nil
}

// Listing checks the member at ptr is an array to count, and returns it.
func Listing(body any, ptr string) ([]any, Findings) {
	items, _ := Lookup(body, ptr)
	arr, ok := items.([]any)
	if !ok {
		return nil, Findings{{Check: IDRelation, Pointer: ptr, Rule: "an array to count", Expected: "an array", Actual: "no array", Where: "the scenario"}}
	}
	return arr, nil
}

// ListingGrew checks a listing at ptr grows with each accepted name
// request: after sent of them it must list want items, and lists got.
// Before the sent-th request there is nothing to say yet.
func ListingGrew(ptr, name string, want, sent, got int) Findings {
	if got >= want || sent < want {
		return nil
	}
	return Findings{{Check: IDRelation, Pointer: ptr, Rule: fmt.Sprintf("each %s adds an item", name),
		Expected: fmt.Sprintf("%d items after %d accepted %s requests", want, sent, name), Actual: fmt.Sprintf("%d items", got), Where: "the scenario"}}
}

// AcceptsWhileListing checks a JSON-RPC answer to a creating name request,
// sent while list showed have of want items, carries a result, not an error.
func AcceptsWhileListing(resp *exchange.Response, body any, name, list string, have, want int) Findings {
	if _, isErr := Lookup(body, "/error"); !isErr {
		return nil
	}
	v := &values{}
	return Findings{v.keep(Finding{Check: IDRelation, Pointer: "/error", Rule: fmt.Sprintf("accepts %s while %s lists %d of %d items", name, list, have, want),
		Expected: "a result", Actual: v.shorten(string(resp.Body), 120), Where: "the scenario"})}
}
