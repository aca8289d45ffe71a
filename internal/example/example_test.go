package example

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		method     string
		url        string
		wantRepair string // substring of the one repair expected, "" for none
		wantErr    string
	}{
		{name: "plain JSON", text: `{"method": "StartClusterPairing", "params": {}, "id": 1}`},
		{name: "request line and body on one line", text: `POST https://{endpoint}/v3/p/dcaas/vif-peers { "vif_peer" : { "name" : "a" } }`, method: "POST", url: "https://{endpoint}/v3/p/dcaas/vif-peers"},
		{name: "request line without body", text: "DELETE https://x/v3/p/dcaas/vif-peers/1", method: "DELETE", url: "https://x/v3/p/dcaas/vif-peers/1"},
		{name: "string broken across lines", text: "{\n \"key\":\n\"7b22\n6c75\n  7d\"\n}", wantRepair: `joined the value of "key", broken across 3 lines`},
		{name: "CRLF breaks", text: "{\"key\": \"ab\r\ncd\"}", wantRepair: `the value of "key", broken across 2 lines`},
		{name: "escaped quote stays", text: `{"a": "say \"hi\""}`},
		{name: "invalid JSON says where", text: "{\n  \"a\": [8.8.8.0/30]\n}", wantErr: "line 2"},
		{name: "trailing text", text: `{"a": 1} {"b": 2}`, wantErr: "cannot be read"},
		{name: "missing opening brace", text: `"vif_peer": {}}`, wantErr: "cannot be read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := Parse(tt.text)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Parse error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if ex.Method != tt.method || ex.URL != tt.url {
				t.Errorf("request line = %q %q, want %q %q", ex.Method, ex.URL, tt.method, tt.url)
			}
			switch {
			case tt.wantRepair == "" && len(ex.Repairs) > 0:
				t.Errorf("unexpected repairs %q", ex.Repairs)
			case tt.wantRepair != "" && (len(ex.Repairs) != 1 || !strings.Contains(ex.Repairs[0], tt.wantRepair)):
				t.Errorf("repairs = %q, want one containing %q", ex.Repairs, tt.wantRepair)
			}
		})
	}
}

func TestParseJoinsTheDocumentedKey(t *testing.T) {
	text := "{\n  \"id\": 1,\n  \"result\": {\n    \"clusterPairID\": 1,\n    \"clusterPairingKey\":\n\"7b22\n6c75\n7d\"\n  }\n}"
	ex, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	got := ex.Value.(map[string]any)["result"].(map[string]any)["clusterPairingKey"]
	if got != "7b226c757d" {
		t.Errorf("key = %q, want the lines joined with nothing between them", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":"b\nc"}`, `POST https://x/y {"a":1}`, "{\"k\":\n\"ab\ncd\"}", `"x"`, `[1,2`, "\"\\\n\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ex, err := Parse(s)
		if err == nil && ex.Body != nil && ex.Value == nil && string(ex.Body) != "null" {
			t.Fatalf("body %q parsed to nil", ex.Body)
		}
	})
}
