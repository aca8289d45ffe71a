package reference_test

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/conform-dev/conform/internal/reference"
)

func ExampleStart() {
	srv, err := reference.Start(reference.Options{Fault: "dcaas-status-200"})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodPost, srv.URL()+"/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers",
		strings.NewReader(`{"vif_peer":{"name":"vif-0819"}}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Auth-Token", reference.DefaultToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode, "instead of the documented 201")
	// Output: 200 instead of the documented 201
}
