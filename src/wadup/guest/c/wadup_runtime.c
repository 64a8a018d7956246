/* Linked into every C module by `wadup build`; runs inside WebAssembly.
 *
 * wasi-libc fully buffers stdout when it is not a terminal, and a reactor module never exits,
 * so whatever a module printed after its first buffer fill would be lost (or show up with a
 * later file under --isolation worker). The host calls this after every process(). */
#include <stdio.h>

__attribute__((export_name("wadup_flush"))) void wadup_flush(void) { fflush(NULL); }
