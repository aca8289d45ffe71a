package reference

import (
	"context"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/contract"
)

// The embedded reference offers, for each of a contract's security schemes,
// the credentials it accepts; a run against it uses them, and conform serve
// takes its own from the same variables a run reads.
func TestProviderCredentials(t *testing.T) {
	set, err := contract.Load(context.Background(), "../..", nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts Options
		env  map[string]string // for OptionsFromContracts
		want map[string]string // scheme → its values, joined with a space
	}{
		{name: "the defaults", want: map[string]string{
			"token": DefaultToken, "aksk": DefaultAccessKey + " " + DefaultSecretKey, "basic": DefaultUsername + " " + DefaultPassword}},
		{name: "options given", opts: Options{AccessKey: "AK1", SecretKey: "SK1", Token: "tok"}, want: map[string]string{
			"token": "tok", "aksk": "AK1 SK1", "basic": DefaultUsername + " " + DefaultPassword}},
		{name: "the variables a run reads", env: map[string]string{"CONFORM_DCAAS_AK": "AK2", "CONFORM_DCAAS_SK": "SK2", "CONFORM_ELEMENT_PASSWORD": "pw"}, want: map[string]string{
			"token": DefaultToken, "aksk": "AK2 SK2", "basic": DefaultUsername + " pw"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := OptionsFromContracts(set, func(k string) string { return tt.env[k] }, tt.opts)
			p, err := NewProvider(opts)
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			for _, name := range set.Names() {
				api, _ := set.API(name)
				for _, c := range api.Credentials {
					if got := strings.Join(p.Credentials(c), " "); got != tt.want[c.Scheme] {
						t.Errorf("%s %s: credentials %q, want %q", name, c.Scheme, got, tt.want[c.Scheme])
					}
				}
			}
		})
	}
}
