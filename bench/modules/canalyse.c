/* wadup benchmark module in C: the same analysis as pyanalyse (sha256, size, lines, words,
 * stored ZIP members emitted as slices of the parent), written as a wasip1 reactor.
 * Build: python -m ziglang cc -target wasm32-wasi -mexec-model=reactor -O2 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint32_t h[8]; uint64_t len; uint8_t buf[64]; size_t n; } sha256_ctx;

static const uint32_t K[64] = {
  0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
  0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,
  0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
  0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,
  0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,
  0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
  0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,
  0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(sha256_ctx *c, const uint8_t *p) {
  uint32_t w[64], a, b, d, e, f, g, h, cc, t1, t2;
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  a = c->h[0]; b = c->h[1]; cc = c->h[2]; d = c->h[3]; e = c->h[4]; f = c->h[5]; g = c->h[6]; h = c->h[7];
  for (int i = 0; i < 64; i++) {
    t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
    t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
    h = g; g = f; f = e; e = d + t1; d = cc; cc = b; b = a; a = t1 + t2;
  }
  c->h[0] += a; c->h[1] += b; c->h[2] += cc; c->h[3] += d; c->h[4] += e; c->h[5] += f; c->h[6] += g; c->h[7] += h;
}

static void sha256_init(sha256_ctx *c) {
  static const uint32_t iv[8] = {0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,
                                 0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19};
  memcpy(c->h, iv, sizeof iv); c->len = 0; c->n = 0;
}

static void sha256_update(sha256_ctx *c, const uint8_t *p, size_t len) {
  c->len += len;
  if (c->n) {
    while (len && c->n < 64) { c->buf[c->n++] = *p++; len--; }
    if (c->n == 64) { sha256_block(c, c->buf); c->n = 0; }
  }
  while (len >= 64) { sha256_block(c, p); p += 64; len -= 64; }
  while (len) { c->buf[c->n++] = *p++; len--; }
}

static void sha256_hex(sha256_ctx *c, char out[65]) {
  uint64_t bits = c->len * 8;
  uint8_t pad = 0x80, zero = 0, lenb[8];
  sha256_update(c, &pad, 1);
  while (c->n != 56) sha256_update(c, &zero, 1);
  for (int i = 0; i < 8; i++) lenb[i] = (uint8_t)(bits >> (56 - 8 * i));
  sha256_update(c, lenb, 8);
  for (int i = 0; i < 8; i++) sprintf(out + 8 * i, "%08x", c->h[i]);
  out[64] = 0;
}

static int is_space(uint8_t ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == 0x0b || ch == 0x0c;
}

static uint32_t u16(const uint8_t *p) { return p[0] | p[1] << 8; }
static uint32_t u32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }

/* Writes a JSON string with the characters that need it escaped (names are metadata only). */
static void json_string(FILE *out, const uint8_t *s, size_t n) {
  fputc('"', out);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"' || s[i] == '\\') fprintf(out, "\\%c", s[i]);
    else if (s[i] < 0x20) fprintf(out, "\\u%04x", s[i]);
    else fputc(s[i], out);
  }
  fputc('"', out);
}

#define CHUNK (1 << 20)

__attribute__((export_name("process"))) int process(void) {
  /* Streamed in 1 MiB chunks like the Python module, so guest memory stays small. */
  FILE *in = fopen("/data.bin", "rb");
  if (!in) return 1;
  uint8_t *buf = malloc(CHUNK);
  if (!buf) return 2;
  sha256_ctx ctx; char hex[65];
  sha256_init(&ctx);
  long size = 0, lines = 0, words = 0; int in_word = 0;
  size_t got;
  while ((got = fread(buf, 1, CHUNK, in)) > 0) {
    sha256_update(&ctx, buf, got);
    for (size_t i = 0; i < got; i++) {
      uint8_t ch = buf[i];
      if (ch == '\n') lines++;
      if (is_space(ch)) in_word = 0;
      else if (!in_word) { in_word = 1; words++; }
    }
    size += (long)got;
  }
  sha256_hex(&ctx, hex);

  /* Stored ZIP members: walk the local file headers, emit each member as a slice. */
  long members = 0, pos = 0;
  static uint8_t h[30 + 65535]; /* names up to 64 KiB: not on the (small) C stack */
  while (pos + 30 <= size) {
    if (fseek(in, pos, SEEK_SET) || fread(h, 1, 30, in) != 30) break;
    if (u32(h) != 0x04034b50 || (u16(h + 6) & 0x08)) break;
    uint32_t method = u16(h + 8), csize = u32(h + 18), nlen = u16(h + 26), xlen = u16(h + 28);
    if (fread(h + 30, 1, nlen, in) != nlen) break;
    long start = pos + 30 + nlen + xlen;
    if (start + (long)csize > size) break;
    if (method == 0 && !(nlen && h[30 + nlen - 1] == '/')) {
      char path[64];
      snprintf(path, sizeof path, "/subcontent/metadata_%ld.json", members);
      FILE *m = fopen(path, "wb");
      if (!m) return 3;
      fputs("{\"filename\":", m);
      json_string(m, h + 30, nlen);
      fprintf(m, ",\"offset\":%ld,\"length\":%u}", start, csize);
      fclose(m);
      members++;
    }
    pos = start + csize;
  }
  fclose(in);
  free(buf);

  FILE *out = fopen("/metadata/output_0.json", "wb");
  if (!out) return 4;
  fputs("{\"tables\":[{\"name\":\"files\",\"columns\":[{\"name\":\"sha256\",\"data_type\":\"String\"},"
        "{\"name\":\"size\",\"data_type\":\"Int64\"},{\"name\":\"lines\",\"data_type\":\"Int64\"},"
        "{\"name\":\"words\",\"data_type\":\"Int64\"},{\"name\":\"members\",\"data_type\":\"Int64\"}]}],"
        "\"rows\":[{\"table_name\":\"files\",\"values\":[", out);
  fprintf(out, "{\"String\":\"%s\"},{\"Int64\":%ld},{\"Int64\":%ld},{\"Int64\":%ld},{\"Int64\":%ld}]}]}",
          hex, size, lines, words, members);
  fclose(out);
  return 0;
}
