package aksk_test

import (
	"fmt"
	"net/http"
	"time"

	"github.com/conform-dev/conform/internal/exchange/aksk"
)

// Sign a request the way the vendor's SDK would, as of a fixed time (a
// run passes time.Now()). The request is the first test vector of the
// SDK's own signer tests.
func ExampleCredentials_Sign() {
	req, err := http.NewRequest(http.MethodGet, "https://example.huaweicloud.com/path?limit=1", nil)
	if err != nil {
		panic(err)
	}
	creds := aksk.Credentials{AccessKey: "AccessKey", SecretKey: "SecretKey"}
	if err := creds.Sign(req, time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)); err != nil {
		panic(err)
	}
	fmt.Println("X-Sdk-Date:", req.Header.Get("X-Sdk-Date"))
	fmt.Println("Authorization:", req.Header.Get("Authorization"))
	// Output:
	// X-Sdk-Date: 20060102T150405Z
	// Authorization: SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624
}
