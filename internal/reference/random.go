package reference

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
)

const (
	lowerAlphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789"
	alphanumerics      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

// randomBytes fills a new slice from crypto/rand. Since Go 1.24 rand.Read
// never returns an error (it crashes the program instead), so there is no
// error to pass on.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

// newUUID returns a random (version 4, RFC 9562) UUID in its 36-character
// textual form, the shape both vendors use for identifiers.
func newUUID() string {
	b := randomBytes(16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// randomString draws n characters uniformly from alphabet (at most 256
// characters). Bytes that would bias the draw are rejected rather than
// reduced modulo the alphabet size.
func randomString(alphabet string, n int) string {
	limit := 256 - 256%len(alphabet)
	out := make([]byte, 0, n)
	for len(out) < n {
		for _, b := range randomBytes(n - len(out)) {
			if int(b) < limit && len(out) < n {
				out = append(out, alphabet[int(b)%len(alphabet)])
			}
		}
	}
	return string(out)
}

// randomPrintable returns n characters from printable ASCII (space to
// tilde), the character set of the password in the documented pairing key.
func randomPrintable(n int) string {
	var printable [95]byte
	for i := range printable {
		printable[i] = byte(' ' + i)
	}
	return randomString(string(printable[:]), n)
}

// randomPositiveInt32 returns a value in 1..2147483647.
func randomPositiveInt32() int64 {
	for {
		v := int64(binary.BigEndian.Uint32(randomBytes(4)) & 0x7fffffff)
		if v != 0 {
			return v
		}
	}
}

// newRequestID returns 32 lowercase hexadecimal characters, the shape of the
// request_id that Huawei's API gateway puts in its error bodies.
func newRequestID() string {
	return hex.EncodeToString(randomBytes(16))
}
