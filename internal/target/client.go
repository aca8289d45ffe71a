package target

import (
	"strconv"
	"strings"
	"time"

	"github.com/conform-dev/conform/internal/exchange"
)

// NewClient builds the run's HTTP client. Its errors are the configuration's
// (a certificate file), so a usage error: nothing has been sent.
func NewClient(cfg Config, targets map[string]*Target) (*exchange.Client, error) {
	switch {
	case cfg.Redirects < 0:
		return nil, Usagef("--redirects %d: want 0 (do not follow) or more", cfg.Redirects)
	case cfg.Retries < 0:
		return nil, Usagef("--retries %d: want 0 (never resend) or more", cfg.Retries)
	case cfg.Timeout < 0, cfg.Deadline < 0, cfg.MaxBody < 0:
		return nil, Usagef("--timeout, --deadline and --max-body must not be negative (0 means the default)")
	}
	var secretHeaders []string
	for _, t := range targets {
		for _, c := range t.API.Credentials {
			if c.Header != "" {
				secretHeaders = append(secretHeaders, c.Header)
			}
		}
	}
	c, err := exchange.New(exchange.Options{
		Timeout: cfg.Timeout, MaxBody: cfg.MaxBody, Insecure: cfg.Insecure,
		CACert: cfg.CACert, ClientCert: cfg.ClientCert, ClientKey: cfg.ClientKey,
		MaxRedirects: cfg.Redirects, SecretHeaders: secretHeaders, Retries: cfg.Retries,
	})
	if err != nil {
		return nil, &UsageError{Err: err}
	}
	return c, nil
}

// LimitsFromEnv reads the variables for the limits a hostile target needs:
// CONFORM_MAX_BODY (bytes), CONFORM_DEADLINE (a Go duration),
// CONFORM_CA_CERT, CONFORM_CLIENT_CERT and CONFORM_CLIENT_KEY (PEM files),
// CONFORM_REDIRECTS and CONFORM_RETRIES (counts).
func LimitsFromEnv(c *Config, getenv func(string) string) error {
	c.CACert = getenv("CONFORM_CA_CERT")
	c.ClientCert = getenv("CONFORM_CLIENT_CERT")
	c.ClientKey = getenv("CONFORM_CLIENT_KEY")
	if v := getenv("CONFORM_DEADLINE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return Usagef("CONFORM_DEADLINE=%q: want a duration such as 30m", v)
		}
		c.Deadline = d
	}
	for _, n := range []struct {
		env string
		min int64
		set func(int64)
	}{
		{"CONFORM_MAX_BODY", 1, func(v int64) { c.MaxBody = v }},
		{"CONFORM_REDIRECTS", 0, func(v int64) { c.Redirects = int(v) }},
		{"CONFORM_RETRIES", 0, func(v int64) { c.Retries = int(v) }},
	} {
		v := getenv(n.env)
		if v == "" {
			continue
		}
		i, err := strconv.ParseInt(strings.TrimSpace(v), 10, 32)
		if n.env == "CONFORM_MAX_BODY" {
			i, err = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		}
		if err != nil || i < n.min {
			return Usagef("%s=%q: want a whole number of at least %d", n.env, v, n.min)
		}
		n.set(i)
	}
	return nil
}
