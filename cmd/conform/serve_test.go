package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// conform serve accepts the credentials the contracts' security schemes
// name, from the same variables conform run reads, and refuses others.
func TestServeTakesCredentialsFromTheContracts(t *testing.T) {
	t.Setenv("CONFORM_ELEMENT_USERNAME", "operator")
	t.Setenv("CONFORM_ELEMENT_PASSWORD", "serve-test-password")
	t.Setenv("CONFORM_DCAAS_TOKEN", "")
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	root := newRootCmd(pw, io.Discard)
	root.SetArgs([]string{"serve", "--dir", "../..", "--addr", "127.0.0.1:0"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx); pw.Close() }()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Error("conform serve did not stop within 5s of its context's end")
		}
	}()
	lines := bufio.NewScanner(pr)
	var url, creds string
	for (url == "" || creds == "") && lines.Scan() {
		l := lines.Text()
		if m := regexp.MustCompile(`listening on (http://\S+)`).FindStringSubmatch(l); m != nil {
			url = m[1]
		}
		if strings.HasPrefix(l, "credentials:") {
			creds = l
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	for _, v := range []string{"CONFORM_ELEMENT_USERNAME", "CONFORM_ELEMENT_PASSWORD", "CONFORM_DCAAS_TOKEN"} {
		if !strings.Contains(creds, v) {
			t.Errorf("serve's credentials line does not name %s: %q", v, creds)
		}
	}
	call := func(user, password string) int {
		req, _ := http.NewRequest(http.MethodPost, url+"/json-rpc/12.3", strings.NewReader(`{"method":"ListClusterPairs","params":{},"id":1}`))
		req.SetBasicAuth(user, password)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := call("operator", "serve-test-password"); got != http.StatusOK {
		t.Errorf("the contract's variables' credentials: status %d, want 200", got)
	}
	if got := call("admin", "reference-password"); got != http.StatusUnauthorized {
		t.Errorf("the default credentials, which the variables replace: status %d, want 401", got)
	}
}
