"""Sources of the core-module fixtures (C and WAT) used by the core tests, built on demand.

Each C module is a wasm32-wasi reactor exporting `process() -> i32`; it talks to the host only
through its sandbox files, exactly as a third-party module would.
"""

from __future__ import annotations

from pathlib import Path

from wasm_build import c_module, wat_module

# Shared C helpers: read /data.bin, write metadata and sub-content files.
PRELUDE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *read_data(long *len) {
  FILE *f = fopen("/data.bin", "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END); *len = ftell(f); fseek(f, 0, SEEK_SET);
  unsigned char *buf = malloc(*len + 1);
  if (fread(buf, 1, *len, f) != (size_t)*len) { fclose(f); return NULL; }
  buf[*len] = 0; fclose(f); return buf;
}

static int write_file(const char *path, const void *data, long len) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  fwrite(data, 1, len, f); fclose(f); return 0;
}

static int write_text(const char *path, const char *text) {
  return write_file(path, text, strlen(text));
}
"""

BYTE_COUNTER = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  long n = 0; unsigned char *d = read_data(&n);
  if (!d) return 2;
  long lines = 0; for (long i = 0; i < n; i++) if (d[i] == '\n') lines++;
  char json[1024];
  snprintf(json, sizeof json,
    "{\"tables\":[{\"name\":\"counts\",\"columns\":["
    "{\"name\":\"bytes\",\"data_type\":\"Int64\"},{\"name\":\"lines\",\"data_type\":\"Int64\"},"
    "{\"name\":\"filename\",\"data_type\":\"String\"},{\"name\":\"depth\",\"data_type\":\"Int64\"}]}],"
    "\"rows\":[{\"table_name\":\"counts\",\"values\":[{\"Int64\":%ld},{\"Int64\":%ld},"
    "{\"String\":\"%s\"},{\"Int64\":%s}]}]}",
    n, lines, getenv("WADUP_FILENAME"), getenv("WADUP_DEPTH"));
  printf("counted %ld bytes\n", n);
  printf("done\n");  /* a second line: lost unless the host flushes (wadup_flush) */
  return write_text("/metadata/counts.json", json);
}
"""

# EMIT:<rest> emits <rest> as a new file; SLICE:<rest> emits <rest> as a slice of the parent;
# SPLIT:<a>|<b> emits both halves as slices. Anything else is a leaf.
UNPACKER = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  long n = 0; unsigned char *d = read_data(&n);
  if (!d) return 2;
  char meta[256];
  if (n >= 5 && memcmp(d, "EMIT:", 5) == 0) {
    write_file("/subcontent/data_0.bin", d + 5, n - 5);
    write_text("/subcontent/metadata_0.json", "{\"filename\":\"emitted.bin\"}");
  } else if (n >= 6 && memcmp(d, "SLICE:", 6) == 0) {
    snprintf(meta, sizeof meta, "{\"filename\":\"sliced.bin\",\"offset\":6,\"length\":%ld}", n - 6);
    write_text("/subcontent/metadata_0.json", meta);
  } else if (n >= 6 && memcmp(d, "SPLIT:", 6) == 0) {
    unsigned char *bar = memchr(d, '|', n);
    if (!bar) return 3;
    long a = bar - d;
    snprintf(meta, sizeof meta, "{\"filename\":\"left\",\"offset\":6,\"length\":%ld}", a - 6);
    write_text("/subcontent/metadata_1.json", meta);
    snprintf(meta, sizeof meta, "{\"filename\":\"right\",\"offset\":%ld,\"length\":%ld}",
             a + 1, n - a - 1);
    write_text("/subcontent/metadata_2.json", meta);
  }
  return 0;
}
"""

ALL_TYPES = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  return write_text("/metadata/1.json",
    "{\"tables\":[{\"name\":\"typed\",\"columns\":["
    "{\"name\":\"i\",\"data_type\":\"Int64\"},{\"name\":\"f\",\"data_type\":\"Float64\"},"
    "{\"name\":\"s\",\"data_type\":\"String\"},{\"name\":\"b\",\"data_type\":\"Boolean\"},"
    "{\"name\":\"raw\",\"data_type\":\"Bytes\"}]}],"
    "\"rows\":[{\"table_name\":\"typed\",\"values\":[{\"Int64\":-9223372036854775808},"
    "{\"Float64\":1.5},{\"String\":\"h\\u00e9llo \\\"q\\\"\"},{\"Boolean\":true},"
    "{\"Bytes\":\"AAEC/w==\"}]},"
    "{\"table_name\":\"typed\",\"values\":[{\"Int64\":42},{\"Float64\":-0.25},{\"String\":\"\"},"
    "{\"Boolean\":false},null]}]}");
}
"""

# Writes output that breaks the ABI in the way named by the content.
BAD_OUTPUT = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  long n = 0; char *d = (char *)read_data(&n);
  if (!d) return 2;
  const char *table = "{\"tables\":[{\"name\":\"t\",\"columns\":[{\"name\":\"v\",\"data_type\":\"Int64\"}]}],";
  char json[512];
  if (strncmp(d, "malformed", 9) == 0) {
    snprintf(json, sizeof json, "%s\"rows\":[{\"table_name\":\"t\",\"values\":[{\"Int64\":1}", table);
  } else if (strncmp(d, "wrongtype", 9) == 0) {
    snprintf(json, sizeof json, "%s\"rows\":[{\"table_name\":\"t\",\"values\":[{\"Int64\":1}]},"
             "{\"table_name\":\"t\",\"values\":[{\"String\":\"x\"}]}]}", table);
  } else if (strncmp(d, "unknowntable", 12) == 0) {
    snprintf(json, sizeof json, "%s\"rows\":[{\"table_name\":\"t\",\"values\":[{\"Int64\":1}]},"
             "{\"table_name\":\"nope\",\"values\":[{\"Int64\":2}]}]}", table);
  } else if (strncmp(d, "arity", 5) == 0) {
    snprintf(json, sizeof json, "%s\"rows\":[{\"table_name\":\"t\",\"values\":[]}]}", table);
  } else {
    snprintf(json, sizeof json, "%s\"rows\":[{\"table_name\":\"t\",\"values\":[{\"Int64\":7}]}]}", table);
  }
  write_text("/subcontent/data_0.bin", "child that must not be kept");
  write_text("/subcontent/metadata_0.json", "{\"filename\":\"c\"}");
  return write_text("/metadata/out.json", json);
}
"""

HOSTILE_NAMES = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  const char *names[] = {"../../etc/passwd", "/etc/shadow", "a/../../b", "..", "nul\\u0000byte",
                         "bad\\udcffutf8"};
  char path[64], meta[128];
  for (int i = 0; i < 6; i++) {
    snprintf(path, sizeof path, "/subcontent/data_%d.bin", i);
    char body[32]; snprintf(body, sizeof body, "payload %d", i);
    write_text(path, body);
    snprintf(path, sizeof path, "/subcontent/metadata_%d.json", i);
    snprintf(meta, sizeof meta, "{\"filename\":\"%s\"}", names[i]);
    write_text(path, meta);
  }
  return 0;
}
"""

MANY_CHILDREN = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  long n = 0; unsigned char *d = read_data(&n);
  if (!d || n < 10000 || memcmp(d, "MANY", 4) != 0) return 0;
  char path[64], meta[128];
  for (int i = 0; i < 10000; i++) {
    snprintf(path, sizeof path, "/subcontent/metadata_%d.json", i);
    snprintf(meta, sizeof meta, "{\"filename\":\"c%05d\",\"offset\":%d,\"length\":1}", i, i);
    write_text(path, meta);
  }
  return 0;
}
"""

NONZERO = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  write_text("/metadata/x.json", "{\"tables\":[{\"name\":\"t\",\"columns\":[]}],\"rows\":[]}");
  fprintf(stderr, "giving up\n");
  return 7;
}
"""

# Recursion with 4 KiB frames: overflows the 16 MiB C stack in linear memory long before the
# 2 MiB wasm stack, so it tests the stack-first layout and __stack_pointer check.
C_STACK = PRELUDE + r"""
__attribute__((noinline)) static int deep(int n) {
  char buf[4096]; snprintf(buf, sizeof buf, "%d", n);
  return n == 0 ? buf[0] : deep(n - 1) + buf[1];
}
__attribute__((export_name("process"))) int process(void) { return deep(20000) == -1; }
"""

# An out-of-bounds load that has nothing to do with the stack: must stay a plain trap.
WILD_POINTER = PRELUDE + r"""
__attribute__((export_name("process"))) int process(void) {
  volatile int *p = (int *)0xFFFFFFF0u;
  return *p;
}
"""

WAT_LOOP = """(module (memory (export "memory") 1)
  (func $spin (export "process") (result i32) (loop $l (br $l)) (i32.const 0)))"""

WAT_UNREACHABLE = """(module (memory (export "memory") 1)
  (func $explode (export "process") (result i32) unreachable))"""

WAT_RECURSION = """(module (memory (export "memory") 1)
  (func $recurse (export "process") (result i32) (call $recurse)))"""

WAT_MEMORY_BOMB = """(module (memory (export "memory") 1)
  (func $grow_forever (export "process") (result i32)
    (loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
    unreachable))"""

C_SOURCES = {
    "counter": BYTE_COUNTER,
    "unpacker": UNPACKER,
    "alltypes": ALL_TYPES,
    "badout": BAD_OUTPUT,
    "names": HOSTILE_NAMES,
    "many": MANY_CHILDREN,
    "nonzero": NONZERO,
    "cstack": C_STACK,
    "wildptr": WILD_POINTER,
}

WAT_SOURCES = {
    "spin": WAT_LOOP,
    "explode": WAT_UNREACHABLE,
    "recurse": WAT_RECURSION,
    "membomb": WAT_MEMORY_BOMB,
}


def build(name: str, directory: Path) -> Path:
    """Build fixture `name` into `directory/<name>.wasm`."""
    dest = directory / f"{name}.wasm"
    if name in C_SOURCES:
        return c_module(C_SOURCES[name], dest)
    return wat_module(WAT_SOURCES[name], dest)
