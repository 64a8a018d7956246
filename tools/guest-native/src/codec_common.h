/* Helpers shared by _bz2 and _lzma: output buffer and decompress() driver.
 *
 * Why: the limited C API has no _PyBytes_Resize, so output is collected in a
 * PyMem buffer and copied into a bytes object once at the end.  Growth is
 * geometric (amortised O(n)) and never exceeds an optional max_length, so
 * callers passing max_length=sys.maxsize do not preallocate gigabytes. */
#ifndef WADUP_CODEC_COMMON_H
#define WADUP_CODEC_COMMON_H

#include <Python.h>
#include <stdint.h>
#include <string.h>

#define WADUP_OUTBUF_FIRST (32 * 1024)
#define WADUP_OUTBUF_STEP_MAX (32 * 1024 * 1024)

typedef struct {
    char *data;
    size_t len;      /* bytes produced so far */
    size_t cap;      /* bytes allocated */
    size_t limit;    /* max bytes the caller wants (SIZE_MAX = unlimited) */
} wadup_outbuf;

/* limit < 0 means unlimited. */
static void
wadup_outbuf_init(wadup_outbuf *ob, Py_ssize_t limit)
{
    ob->data = NULL;
    ob->len = 0;
    ob->cap = 0;
    ob->limit = limit < 0 ? SIZE_MAX : (size_t)limit;
}

/* Ensure free space after len; returns 0, or -1 with MemoryError set.
 * hint: a first-allocation size hint (e.g. derived from the input size). */
static int
wadup_outbuf_grow(wadup_outbuf *ob, size_t hint)
{
    size_t want;
    char *p;
    if (ob->cap == 0) {
        want = hint > WADUP_OUTBUF_FIRST ? hint : WADUP_OUTBUF_FIRST;
    }
    else {
        size_t step = ob->cap < WADUP_OUTBUF_STEP_MAX ? ob->cap : WADUP_OUTBUF_STEP_MAX;
        if (ob->cap > SIZE_MAX - step) {
            PyErr_NoMemory();
            return -1;
        }
        want = ob->cap + step;
    }
    if (want > ob->limit) {
        want = ob->limit;
    }
    if (want <= ob->cap) {
        want = ob->cap + 1;  /* caller only grows when it needs room */
    }
    p = (char *)PyMem_Realloc(ob->data, want);
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    ob->data = p;
    ob->cap = want;
    return 0;
}

static size_t
wadup_outbuf_avail(const wadup_outbuf *ob)
{
    return ob->cap - ob->len;
}

static int
wadup_outbuf_full(const wadup_outbuf *ob)
{
    return ob->len >= ob->limit;
}

static PyObject *
wadup_outbuf_finish(wadup_outbuf *ob)
{
    PyObject *res = PyBytes_FromStringAndSize(ob->len ? ob->data : "", (Py_ssize_t)ob->len);
    PyMem_Free(ob->data);
    ob->data = NULL;
    return res;
}

static void
wadup_outbuf_discard(wadup_outbuf *ob)
{
    PyMem_Free(ob->data);
    ob->data = NULL;
}

/* State every decompressor object carries (embedded in the object). */
typedef struct {
    char eof;
    char needs_input;
    PyObject *unused_data;  /* bytes after the end of the stream */
    char *pending;          /* input not consumed by the previous call */
    size_t pending_len;
} wadup_dstate;

/* Decode in[0:*in_len) into ob, setting ds->eof at the end of the stream;
 * *in_len becomes the unconsumed count.  0 on success, -1 with an exception. */
typedef int (*wadup_decode_fn)(PyObject *self, const char *in, size_t *in_len,
                               wadup_outbuf *ob);

static int
wadup_dstate_init(wadup_dstate *ds)
{
    ds->eof = 0;
    ds->needs_input = 1;
    ds->pending = NULL;
    ds->pending_len = 0;
    ds->unused_data = PyBytes_FromStringAndSize(NULL, 0);
    return ds->unused_data == NULL ? -1 : 0;
}

static void
wadup_dstate_clear(wadup_dstate *ds)
{
    Py_CLEAR(ds->unused_data);
    PyMem_Free(ds->pending);
    ds->pending = NULL;
    ds->pending_len = 0;
}

/* The decompress(data, max_length=-1) contract of Lib/compression/_common:
 * input the decoder did not consume (because max_length was reached) is kept
 * and decoded first on the next call; after the end of the stream the rest
 * is exposed as unused_data; needs_input tells the reader whether to feed
 * more input or call again with b"".  eof_message: CPython's bz2 and lzma word the
 * EOFError for a call after the end differently. */
static PyObject *
wadup_decompress(PyObject *self, wadup_dstate *ds, Py_buffer *view,
                 Py_ssize_t max_length, wadup_decode_fn decode, const char *eof_message)
{
    const char *in;
    size_t in_len, left;
    wadup_outbuf ob;
    int from_pending = ds->pending_len > 0;

    if (ds->eof) {
        PyErr_SetString(PyExc_EOFError, eof_message);
        return NULL;
    }
    if (from_pending) {
        char *p = (char *)PyMem_Realloc(ds->pending, ds->pending_len + (size_t)view->len + 1);
        if (p == NULL) {
            return PyErr_NoMemory();
        }
        memcpy(p + ds->pending_len, view->buf, (size_t)view->len);
        ds->pending = p;
        ds->pending_len += (size_t)view->len;
        in = p;
        in_len = ds->pending_len;
    }
    else {
        in = (const char *)view->buf;
        in_len = (size_t)view->len;
    }
    wadup_outbuf_init(&ob, max_length);
    left = in_len;
    if (decode(self, in, &left, &ob) < 0) {
        ds->pending_len = 0;
        wadup_outbuf_discard(&ob);
        return NULL;
    }
    if (ds->eof) {
        ds->needs_input = 0;
        if (left > 0) {
            PyObject *rest = PyBytes_FromStringAndSize(in + (in_len - left), (Py_ssize_t)left);
            if (rest == NULL) {
                wadup_outbuf_discard(&ob);
                return NULL;
            }
            Py_XDECREF(ds->unused_data);
            ds->unused_data = rest;
        }
        ds->pending_len = 0;
    }
    else if (left == 0) {
        ds->pending_len = 0;
        /* Output stopped exactly at max_length: the decoder may still hold
         * bytes, so the reader must call again (with b"") before feeding. */
        ds->needs_input = !(max_length >= 0 && ob.len >= (size_t)max_length);
    }
    else {
        ds->needs_input = 0;
        if (from_pending) {
            memmove(ds->pending, in + (in_len - left), left);
        }
        else {
            char *p = (char *)PyMem_Realloc(ds->pending, left);
            if (p == NULL) {
                wadup_outbuf_discard(&ob);
                return PyErr_NoMemory();
            }
            memcpy(p, in + (in_len - left), left);
            ds->pending = p;
        }
        ds->pending_len = left;
    }
    return wadup_outbuf_finish(&ob);
}

/* compress(data) and flush() of both compressors: run() feeds data (finish=0) or ends
 * the stream (finish=1) and returns the compressed bytes produced. */
typedef PyObject *(*wadup_compress_fn)(PyObject *self, const char *data, size_t len,
                                       int finish);

static PyObject *
wadup_compress(PyObject *self, char flushed, PyObject *arg, wadup_compress_fn run)
{
    Py_buffer view;
    PyObject *res;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    if (flushed) {
        PyErr_SetString(PyExc_ValueError, "Compressor has been flushed");
        res = NULL;
    }
    else {
        res = run(self, (const char *)view.buf, (size_t)view.len, 0);
    }
    PyBuffer_Release(&view);
    return res;
}

static PyObject *
wadup_flush(PyObject *self, char *flushed, wadup_compress_fn run)
{
    if (*flushed) {
        PyErr_SetString(PyExc_ValueError, "Repeated call to flush()");
        return NULL;
    }
    *flushed = 1;
    return run(self, NULL, 0, 1);
}

static PyObject *wadup_refuse_pickle(PyObject *self, PyObject *Py_UNUSED(ignored));

#define WADUP_COMPRESSOR_METHODS(compress, flush)                                        \
    {"compress", compress, METH_O,                                                       \
     "compress($self, data, /)\n--\n\n"                                                   \
     "Provide data to the compressor object.\n\n"                                        \
     "Returns a chunk of compressed data if possible, or b'' otherwise."},               \
    {"flush", flush, METH_NOARGS,                                                        \
     "flush($self, /)\n--\n\n"                                                            \
     "Finish the compression process; returns the remaining compressed data."},          \
    {"__reduce__", wadup_refuse_pickle, METH_NOARGS, NULL},                              \
    {NULL, NULL, 0, NULL}

/* Heap-type dealloc tail: free the object and drop the type reference. */
static void
wadup_generic_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);
}

/* (De)compressor state lives in C; pickling it would silently lose it. */
static PyObject *
wadup_refuse_pickle(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *name = PyType_GetFullyQualifiedName(Py_TYPE(self));
    if (name != NULL) {
        PyErr_Format(PyExc_TypeError, "cannot pickle '%U' object", name);
        Py_DECREF(name);
    }
    return NULL;
}

#endif
