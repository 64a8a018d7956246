/* A wadup module in C: identify a file by its magic bytes and measure its byte entropy.
 *
 * Build: wadup build examples/c-magic -o modules/c_magic.wasm
 * Table "file_type": kind (String), size (Int64), entropy (Float64), printable (Boolean).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct magic { const char *kind; int offset; const char *bytes; int len; };

static const struct magic MAGICS[] = {
  {"zip", 0, "PK\x03\x04", 4},
  {"sqlite", 0, "SQLite format 3\0", 16},
  {"gzip", 0, "\x1f\x8b", 2},
  {"bzip2", 0, "BZh", 3},
  {"xz", 0, "\xfd" "7zXZ\0", 6},
  {"pdf", 0, "%PDF-", 5},
  {"png", 0, "\x89PNG\r\n\x1a\n", 8},
  {"jpeg", 0, "\xff\xd8\xff", 3},
  {"elf", 0, "\x7f" "ELF", 4},
  {"pe", 0, "MZ", 2},
  {"wasm", 0, "\0asm", 4},
  {"tar", 257, "ustar", 5},
};

static const char *identify(const unsigned char *d, long n) {
  for (size_t i = 0; i < sizeof MAGICS / sizeof MAGICS[0]; i++) {
    const struct magic *m = &MAGICS[i];
    if (n >= m->offset + m->len && memcmp(d + m->offset, m->bytes, m->len) == 0) return m->kind;
  }
  return n == 0 ? "empty" : "unknown";
}

__attribute__((export_name("process"))) int process(void) {
  FILE *f = fopen("/data.bin", "rb");
  if (!f) { fprintf(stderr, "cannot open /data.bin\n"); return 1; }
  unsigned char head[512];
  long counts[256] = {0}, n = 0, printable = 0;
  size_t got, head_len = 0;
  unsigned char buf[65536];
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
    if (head_len < sizeof head) {
      size_t take = got < sizeof head - head_len ? got : sizeof head - head_len;
      memcpy(head + head_len, buf, take);
      head_len += take;
    }
    for (size_t i = 0; i < got; i++) {
      counts[buf[i]]++;
      if ((buf[i] >= 0x20 && buf[i] < 0x7f) || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')
        printable++;
    }
    n += got;
  }
  fclose(f);
  double entropy = 0;
  for (int i = 0; i < 256; i++) {
    if (counts[i]) { double p = (double)counts[i] / n; entropy -= p * log2(p); }
  }
  const char *kind = identify(head, (long)head_len);
  int is_text = n > 0 && printable == n;
  if (strcmp(kind, "unknown") == 0 && is_text) kind = "text";
  FILE *o = fopen("/metadata/file_type.json", "w");
  if (!o) return 2;
  fprintf(o,
    "{\"tables\":[{\"name\":\"file_type\",\"columns\":["
    "{\"name\":\"kind\",\"data_type\":\"String\"},{\"name\":\"size\",\"data_type\":\"Int64\"},"
    "{\"name\":\"entropy\",\"data_type\":\"Float64\"},"
    "{\"name\":\"printable\",\"data_type\":\"Boolean\"}]}],"
    "\"rows\":[{\"table_name\":\"file_type\",\"values\":[{\"String\":\"%s\"},{\"Int64\":%ld},"
    "{\"Float64\":%.6f},{\"Boolean\":%s}]}]}",
    kind, n, entropy, is_text ? "true" : "false");
  fclose(o);
  return 0;
}
