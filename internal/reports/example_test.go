package reports_test

import (
	"fmt"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/reports"
)

// A status finding reads as a person would say it: what was expected, what
// came.
func ExampleFindingText() {
	f := checks.Finding{Check: checks.IDStatus, Part: "status", Rule: "status 201", Expected: "201",
		Actual: `401 with body {"error_code":"APIG.0301"}`, Where: "the scenario"}
	fmt.Println(reports.FindingText(f))
	// Output: status: expected 201, got 401 with body {"error_code":"APIG.0301"} [the scenario]
}

// An answer names the target's own error: Huawei Cloud's error_code and
// error_msg, or a JSON-RPC error's name and message.
func ExampleAnswerOf() {
	x := &reports.Exchange{API: "dcaas", Status: 401,
		ResponseBody: `{"error_code": "APIG.0301", "error_msg": "Incorrect IAM authentication information: verify token fail"}`}
	fmt.Println(reports.AnswerOf(x))
	// Output: 401 Unauthorized: APIG.0301 "Incorrect IAM authentication information: verify token fail"
}
