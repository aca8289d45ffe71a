package reference

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Credentials the reference accepts when Options leaves them empty.
const (
	DefaultToken     = "reference-token"      // X-Auth-Token accepted by the DCaaS API
	DefaultAccessKey = "REFERENCEACCESSKEY01" // AK whose SDK-HMAC-SHA256 signatures the DCaaS API accepts
	DefaultSecretKey = "reference-secret-key" // SK that keys those signatures
	DefaultUsername  = "admin"                // Basic auth user for Element
	DefaultPassword  = "reference-password"   // Basic auth password for Element
)

const (
	// maxBodyBytes caps every request body; neither vendor documents a
	// limit, but a reference that reads unbounded bodies is an easy way to
	// exhaust a test machine.
	maxBodyBytes = 1 << 20
	// maxTokenChars is the documented maximum length of X-Auth-Token.
	maxTokenChars = 10240

	readHeaderTimeout = 5 * time.Second
	// shutdownGrace plus forceCloseWait keeps Close within two seconds.
	shutdownGrace  = 1500 * time.Millisecond
	forceCloseWait = 500 * time.Millisecond
)

// Options configures a reference target. The zero value is a correct target
// accepting the Default credentials.
type Options struct {
	Token    string // accepted X-Auth-Token; "" means DefaultToken
	Username string // "" means DefaultUsername
	Password string // "" means DefaultPassword
	Fault    string // "" = correct behaviour; else the Name of one Fault

	// AccessKey and SecretKey are the AK/SK pair whose SDK-HMAC-SHA256
	// signatures the DCaaS API accepts, beside the token; "" means
	// DefaultAccessKey, DefaultSecretKey.
	AccessKey, SecretKey string

	// ClusterName is the Element cluster's name; "" means
	// "reference-cluster".
	ClusterName string
	// Fabric connects reference clusters the way a network connects real
	// ones: CompleteClusterPairing on one cluster with a key from another
	// cluster on the same Fabric connects the pair on both ends. nil means
	// the cluster stands alone.
	Fabric *Fabric
}

// New returns the reference target as an http.Handler serving both APIs.
// It fails when opts names an unknown fault or holds credentials no client
// could send.
func New(opts Options) (http.Handler, error) {
	return newHandler(opts)
}

// handler holds all state of one reference target; nothing is shared between
// targets, so tests can run many of them at once.
type handler struct {
	token    [sha256.Size]byte // hashed so comparisons take the same time whatever the length
	username [sha256.Size]byte
	password [sha256.Size]byte
	fault    *faultDef // nil when the target behaves correctly

	// accessKey is hashed like the token; secretKey is kept as it is, to
	// key the HMAC that a signature is checked against.
	accessKey [sha256.Size]byte
	secretKey []byte

	deviceID        string // DCaaS: the device every peer reports
	clusterUniqueID string // Element: this cluster's 4-character ID
	clusterName     string
	fabric          *Fabric

	mu         sync.Mutex
	peers      map[string]map[string]vifPeer // project_id -> peer id -> peer
	pairs      map[int64]*clusterPair
	lastPairID int64 // cluster pair IDs are never reused
	lastStart  any   // the last StartClusterPairing result (fault element-key-reused)
}

// withDefaults fills what opts leaves empty.
func withDefaults(opts Options) Options {
	if opts.Token == "" {
		opts.Token = DefaultToken
	}
	if opts.AccessKey == "" {
		opts.AccessKey = DefaultAccessKey
	}
	if opts.SecretKey == "" {
		opts.SecretKey = DefaultSecretKey
	}
	if opts.Username == "" {
		opts.Username = DefaultUsername
	}
	if opts.Password == "" {
		opts.Password = DefaultPassword
	}
	if opts.ClusterName == "" {
		opts.ClusterName = defaultClusterName
	}
	return opts
}

func newHandler(opts Options) (*handler, error) {
	opts = withDefaults(opts)
	if n := utf8.RuneCountInString(opts.Token); n > maxTokenChars {
		return nil, fmt.Errorf("reference: Options.Token is %d characters; X-Auth-Token allows at most %d", n, maxTokenChars)
	}
	if strings.ContainsAny(opts.AccessKey, ", \t\r\n") {
		return nil, fmt.Errorf("reference: Options.AccessKey %q contains a comma or white space, which an SDK-HMAC-SHA256 Authorization header cannot carry", opts.AccessKey)
	}
	if strings.Contains(opts.Username, ":") {
		return nil, fmt.Errorf("reference: Options.Username %q contains ':', which HTTP Basic auth cannot carry", opts.Username)
	}
	h := &handler{
		token:           sha256.Sum256([]byte(opts.Token)),
		accessKey:       sha256.Sum256([]byte(opts.AccessKey)),
		secretKey:       []byte(opts.SecretKey),
		username:        sha256.Sum256([]byte(opts.Username)),
		password:        sha256.Sum256([]byte(opts.Password)),
		deviceID:        newUUID(),
		clusterUniqueID: randomString(lowerAlphanumerics, 4),
		clusterName:     opts.ClusterName,
		fabric:          opts.Fabric,
		peers:           make(map[string]map[string]vifPeer),
		pairs:           make(map[int64]*clusterPair),
	}
	if opts.Fault != "" {
		f, ok := lookupFault(opts.Fault)
		if !ok {
			return nil, fmt.Errorf("reference: unknown fault %q; known faults: %s", opts.Fault, strings.Join(faultNames(), ", "))
		}
		h.fault = f
	}
	h.fabric.join(h)
	return h, nil
}

// equalSecret compares a presented secret with a stored hash in constant
// time.
func equalSecret(presented string, want [sha256.Size]byte) bool {
	got := sha256.Sum256([]byte(presented))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

// relaxed reports whether the target runs with the request-side fault that
// skips check r.
func (h *handler) relaxed(r relaxation) bool {
	return h.fault != nil && h.fault.relax == r
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var a answer
	if isElementPath(r.URL.Path) {
		a = h.serveElement(w, r)
	} else {
		a = h.serveDCaaS(w, r)
	}
	if f := h.fault; f != nil && f.alter != nil && f.applies(&a) {
		if err := f.alter(&a); err != nil {
			a = textAnswer(a.api, http.StatusInternalServerError,
				fmt.Sprintf("reference: applying fault %s: %v", f.Name, err))
		}
	}
	a.write(w)
}

// operation names what a request asked for, so that response-side faults
// can pick the answers they alter.
type operation int

const (
	opNone operation = iota // the request never reached an operation (routing, auth, transport)
	opDCaaSCreate
	opDCaaSDelete
	opElementStart
	opElementComplete
	opElementList
	opElementRemove
	opElementUnknown
)

// outcome classifies an answer for the same purpose.
type outcome int

const (
	outcomeSuccess   outcome = iota // 2xx / JSON-RPC result
	outcomeAPIError                 // the API's own error body (DC/APIG JSON, JSON-RPC error)
	outcomeTransport                // Element's plain-text HTTP errors (401, 404, 405)
)

const (
	apiDCaaS   = "dcaas"
	apiElement = "element"
)

// answer is a complete response, built before anything is written so that a
// fault can rewrite it.
type answer struct {
	api     string
	op      operation
	outcome outcome
	status  int
	header  http.Header
	body    []byte
}

// jsonAnswer encodes v as the body of an application/json answer.
func jsonAnswer(api string, op operation, out outcome, status int, v any) answer {
	body, err := marshal(v)
	if err != nil {
		return textAnswer(api, http.StatusInternalServerError, "reference: encoding the answer: "+err.Error())
	}
	return answer{
		api:     api,
		op:      op,
		outcome: out,
		status:  status,
		header:  http.Header{"Content-Type": {"application/json"}},
		body:    body,
	}
}

// textAnswer is a text/plain answer, the shape of Element's HTTP-level errors.
func textAnswer(api string, status int, text string) answer {
	return answer{
		api:     api,
		outcome: outcomeTransport,
		status:  status,
		header:  http.Header{"Content-Type": {"text/plain"}},
		body:    []byte(text),
	}
}

func (a *answer) write(w http.ResponseWriter) {
	h := w.Header()
	for k, vs := range a.header {
		h[k] = vs
	}
	h.Set("X-Content-Type-Options", "nosniff")
	if len(a.body) > 0 {
		h.Set("Content-Length", strconv.Itoa(len(a.body)))
	}
	w.WriteHeader(a.status)
	if len(a.body) > 0 {
		// A failed write means the client went away; there is no one left
		// to tell.
		_, _ = w.Write(a.body)
	}
}

// marshal encodes v as compact JSON without HTML escaping: vendors send "<"
// and "&" as they are, and so must the reference.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode JSON: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// errBodyTooLarge reports a body over maxBodyBytes.
var errBodyTooLarge = fmt.Errorf("request body exceeds %d bytes", maxBodyBytes)

// readBody reads the whole request body, at most maxBodyBytes of it.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, errBodyTooLarge
	case err != nil:
		return nil, fmt.Errorf("read request body: %w", err)
	}
	return body, nil
}

// shorten keeps error messages readable (and small) when a client sends a
// huge value.
func shorten(s string) string {
	const max = 64
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

// Server is a reference target listening on a TCP address.
type Server struct {
	srv   *http.Server
	url   string
	conns sync.WaitGroup // one per accepted connection, until its goroutine ends
	done  chan struct{}  // closed when Serve has returned
	grace time.Duration  // how long Close waits for requests in flight

	serveErr  error // written before done is closed
	closeOnce sync.Once
	closeErr  error
}

// Start serves a reference target on a free loopback port.
func Start(opts Options) (*Server, error) {
	return Listen("127.0.0.1:0", opts)
}

// Listen serves a reference target on addr, e.g. "127.0.0.1:8080".
func Listen(addr string, opts Options) (*Server, error) {
	h, err := newHandler(opts)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("reference: listen on %s: %w", addr, err)
	}
	s := &Server{
		url:   "http://" + dialable(ln.Addr()),
		done:  make(chan struct{}),
		grace: shutdownGrace,
	}
	s.srv = &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		// Connection goroutines outlive Shutdown by a moment; counting
		// them lets Close return only once they are gone.
		ConnState: func(_ net.Conn, state http.ConnState) {
			switch state {
			case http.StateNew:
				s.conns.Add(1)
			case http.StateClosed, http.StateHijacked:
				s.conns.Done()
			}
		},
	}
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr = fmt.Errorf("reference: serve on %s: %w", ln.Addr(), err)
		}
	}()
	return s, nil
}

// dialable turns a listening address into one a client can dial: a server
// listening on all interfaces is reached through loopback.
func dialable(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return addr.String()
	}
	host := "127.0.0.1"
	if tcp.IP.To4() == nil {
		host = "::1"
	}
	return net.JoinHostPort(host, strconv.Itoa(tcp.Port))
}

// URL returns the base URL of the target, e.g. "http://127.0.0.1:40123".
func (s *Server) URL() string { return s.url }

// Close stops the server. Requests in flight get a short grace period, then
// their connections are cut; Close returns within about two seconds and only
// once every goroutine the server started has ended. Calling Close again
// returns the first result.
func (s *Server) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.shutdown() })
	return s.closeErr
}

func (s *Server) shutdown() error {
	ctx, cancel := context.WithTimeout(context.Background(), s.grace)
	defer cancel()
	var errs []error
	if err := s.srv.Shutdown(ctx); err != nil {
		// The grace period ran out: cut what is still open. That is the
		// documented bound, not a failure of Close.
		if err := s.srv.Close(); err != nil {
			errs = append(errs, fmt.Errorf("reference: force close: %w", err))
		}
	}
	<-s.done
	if s.serveErr != nil {
		errs = append(errs, s.serveErr)
	}
	finished := make(chan struct{})
	go func() {
		s.conns.Wait()
		close(finished)
	}()
	select {
	case <-finished:
	case <-time.After(forceCloseWait):
		errs = append(errs, errors.New("reference: connections still open after close"))
	}
	return errors.Join(errs...)
}
