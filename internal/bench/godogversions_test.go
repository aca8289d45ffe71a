package bench

import "testing"

func TestGodogDep(t *testing.T) {
	tests := []struct{ name, out, want string }{
		{"as go version -m prints it", "/tmp/x/conform-bench: go1.26.8\n\tpath\tgithub.com/conform-dev/conform/cmd/conform-bench\n\tmod\tgithub.com/conform-dev/conform\t(devel)\t\n\tdep\tgithub.com/cucumber/gherkin/go/v26\tv26.2.0\th1:x=\n\tdep\tgithub.com/cucumber/godog\tv0.16.0\th1:y=\n", "v0.16.0"},
		{"replaced by a fork: the module line still names godog", "\tdep\tgithub.com/cucumber/godog\tv0.15.1\n\t=>\tgithub.com/someone/godog\tv0.15.2\n", "v0.15.1"},
		{"a module whose path only begins like godog's", "\tdep\tgithub.com/cucumber/godog-extra\tv1.0.0\n", ""},
		{"no godog", "\tdep\tgithub.com/spf13/cobra\tv1.10.2\n", ""},
	}
	for _, tt := range tests {
		if got := godogDep(tt.out); got != tt.want {
			t.Errorf("%s: godogDep = %q, want %q", tt.name, got, tt.want)
		}
	}
}
