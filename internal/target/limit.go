package target

import (
	"context"
	"fmt"
	"net/url"
	"sync"

	"golang.org/x/time/rate"
)

// DefaultSecretNames are request and response members, and headers, whose
// values are always masked; --secret-name adds more.
var DefaultSecretNames = []string{"password", "passwd", "secret", "client_secret", "token", "access_token", "refresh_token", "api_key", "apikey"}

// Limiter spaces the requests to each target (scheme and host) so that a
// concurrent run stays under --rate requests per second per target. nil
// means no limit.
type Limiter struct {
	rate  float64
	mu    sync.Mutex
	hosts map[string]*rate.Limiter
}

// NewLimiter limits each target to perSecond requests; 0 or less is no limit.
func NewLimiter(perSecond float64) *Limiter {
	if perSecond <= 0 {
		return nil
	}
	return &Limiter{rate: perSecond, hosts: map[string]*rate.Limiter{}}
}

// Wait blocks until a request to rawURL's host may go, or ctx ends.
func (l *Limiter) Wait(ctx context.Context, rawURL string) error {
	if l == nil {
		return nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil // the client reports a bad URL itself
	}
	key := u.Scheme + "://" + u.Host
	l.mu.Lock()
	lim := l.hosts[key]
	if lim == nil {
		lim = rate.NewLimiter(rate.Limit(l.rate), 1)
		l.hosts[key] = lim
	}
	l.mu.Unlock()
	if err := lim.Wait(ctx); err != nil {
		return fmt.Errorf("waiting for the --rate limit of %g requests per second to %s: %w", l.rate, key, err)
	}
	return nil
}
