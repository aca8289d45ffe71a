package reports_test

import (
	"fmt"

	"github.com/conform-dev/conform/internal/reports"
)

// An answer names the target's own error: Huawei Cloud's error_code and
// error_msg, or a JSON-RPC error's name and message.
func ExampleAnswerOf() {
	x := &reports.Exchange{API: "dcaas", Status: 401,
		ResponseBody: `{"error_code": "APIG.0301", "error_msg": "Incorrect IAM authentication information: verify token fail"}`}
	fmt.Println(reports.AnswerOf(x))
	// Output: 401 Unauthorized: APIG.0301 "Incorrect IAM authentication information: verify token fail"
}
