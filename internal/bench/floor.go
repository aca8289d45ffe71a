package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// DocumentedRequest is the CreateVifPeer documented example's body and
// path, as the documented-example scenario sends them.
const (
	DocumentedPath = "/v3/cfa563efb77d4b6d9960781d82530fd8/dcaas/vif-peers"
	DocumentedBody = `{ "vif_peer" : { "name" : "vif-0819", "description" : "mytest", "remote_ep_group" : [ "20.1.1.0/24" ] } }`
)

// BareLoop is the floor a scenario is compared with: what any client must do
// to send the documented CreateVifPeer request and clean up after it, n
// times, with a keep-alive net/http client: POST, read and JSON-decode the
// body, DELETE the peer it created. No checks.
func BareLoop(client *http.Client, base, token string, n int) error {
	url := base + DocumentedPath
	body := []byte(DocumentedBody)
	for range n {
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("X-Auth-Token", token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		var v struct {
			VifPeer struct {
				ID string `json:"id"`
			} `json:"vif_peer"`
		}
		err = json.NewDecoder(resp.Body).Decode(&v)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusCreated {
			return fmt.Errorf("POST %s: status %d, %v", url, resp.StatusCode, err)
		}
		del, _ := http.NewRequest(http.MethodDelete, url+"/"+v.VifPeer.ID, nil)
		del.Header.Set("X-Auth-Token", token)
		resp, err = client.Do(del)
		if err != nil {
			return err
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode/100 != 2 {
			return fmt.Errorf("DELETE %s: status %d", url, resp.StatusCode)
		}
	}
	return nil
}

// Slow delays every request by d before h answers it: a target on loopback
// whose round trip is bound by latency, not by CPU.
func Slow(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
		h.ServeHTTP(w, r)
	})
}
