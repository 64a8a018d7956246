/* _bz2: the native half of the stdlib's bz2 module, for CPython 3.14 on WASI.
 *
 * Why this file exists: componentize-py's CPython is built without _bz2, and
 * CPython's own _bz2module.c is not available to us, so this is an independent
 * implementation of the interface Lib/bz2.py imports (BZ2Compressor,
 * BZ2Decompressor).  It uses only the limited C API and never releases the
 * GIL: WASI has no threads, so no per-object lock is needed either.
 * libbzip2 is compiled with BZ_NO_STDIO (no FILE* API). */
#define Py_LIMITED_API 0x030D0000
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "bzlib.h"
#include "codec_common.h"

/* libbzip2 calls this on a failed internal assertion (a bug, never bad
 * input: corrupt data is reported as BZ_DATA_ERROR).  Trap. */
void
bz_internal_error(int errcode)
{
    (void)errcode;
    abort();
}

typedef struct {
    PyObject *compressor_type;
    PyObject *decompressor_type;
} bz2_state;

/* Map a libbzip2 return code to a Python exception; 0 if it is not an error. */
static int
bz2_error(int ret)
{
    switch (ret) {
    case BZ_OK:
    case BZ_RUN_OK:
    case BZ_FLUSH_OK:
    case BZ_FINISH_OK:
    case BZ_STREAM_END:
        return 0;
    case BZ_PARAM_ERROR:
        PyErr_SetString(PyExc_ValueError,
                        "Internal error - invalid parameters passed to libbzip2");
        return 1;
    case BZ_MEM_ERROR:
        PyErr_NoMemory();
        return 1;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
        PyErr_SetString(PyExc_OSError, "Invalid data stream");
        return 1;
    case BZ_IO_ERROR:
        PyErr_SetString(PyExc_OSError, "Unknown I/O error");
        return 1;
    case BZ_UNEXPECTED_EOF:
        PyErr_SetString(PyExc_EOFError,
                        "Compressed file ended before the logical end-of-stream was detected");
        return 1;
    case BZ_SEQUENCE_ERROR:
        PyErr_SetString(PyExc_RuntimeError,
                        "Internal error - Invalid sequence of commands sent to libbzip2");
        return 1;
    default:
        PyErr_Format(PyExc_OSError, "Unrecognized error from libbzip2: %d", ret);
        return 1;
    }
}

static unsigned int
clamp_uint(size_t n)
{
    return n > UINT_MAX ? UINT_MAX : (unsigned int)n;
}

/* ------------------------------------------------------------------ */
/* BZ2Compressor */

typedef struct {
    PyObject_HEAD
    bz_stream bzs;
    char initialised;
    char flushed;
} Compressor;

/* Feed [data, data+len) to the compressor, or finish the stream. */
static PyObject *
compress_run(PyObject *op, const char *data, size_t len, int finish)
{
    Compressor *c = (Compressor *)op;
    int action = finish ? BZ_FINISH : BZ_RUN;
    wadup_outbuf ob;
    wadup_outbuf_init(&ob, -1);
    c->bzs.next_in = (char *)data;
    c->bzs.avail_in = 0;
    for (;;) {
        int ret;
        unsigned int out_before;
        if (c->bzs.avail_in == 0 && len > 0) {
            c->bzs.avail_in = clamp_uint(len);
            len -= c->bzs.avail_in;
        }
        if (action == BZ_RUN && c->bzs.avail_in == 0) {
            break;
        }
        if (wadup_outbuf_avail(&ob) == 0 && wadup_outbuf_grow(&ob, 0) < 0) {
            goto error;
        }
        c->bzs.next_out = ob.data + ob.len;
        c->bzs.avail_out = clamp_uint(wadup_outbuf_avail(&ob));
        out_before = c->bzs.avail_out;
        ret = BZ2_bzCompress(&c->bzs, action);
        ob.len += out_before - c->bzs.avail_out;
        if (bz2_error(ret)) {
            goto error;
        }
        if (action == BZ_FINISH && ret == BZ_STREAM_END) {
            break;
        }
    }
    return wadup_outbuf_finish(&ob);
error:
    wadup_outbuf_discard(&ob);
    return NULL;
}

static PyObject *
Compressor_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    int level = 9;
    Compressor *self;
    int ret;
    if (kwargs != NULL && PyDict_Size(kwargs) != 0) {
        PyErr_SetString(PyExc_TypeError, "BZ2Compressor() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "|i:BZ2Compressor", &level)) {
        return NULL;
    }
    if (level < 1 || level > 9) {
        PyErr_SetString(PyExc_ValueError, "compresslevel must be between 1 and 9");
        return NULL;
    }
    self = (Compressor *)PyType_GenericAlloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    memset(&self->bzs, 0, sizeof(self->bzs));
    ret = BZ2_bzCompressInit(&self->bzs, level, 0, 0);
    if (bz2_error(ret)) {
        Py_DECREF(self);
        return NULL;
    }
    self->initialised = 1;
    return (PyObject *)self;
}

static void
Compressor_dealloc(PyObject *op)
{
    Compressor *self = (Compressor *)op;
    if (self->initialised) {
        BZ2_bzCompressEnd(&self->bzs);
    }
    wadup_generic_dealloc(op);
}

static PyObject *
Compressor_compress(PyObject *op, PyObject *arg)
{
    return wadup_compress(op, ((Compressor *)op)->flushed, arg, compress_run);
}

static PyObject *
Compressor_flush(PyObject *op, PyObject *Py_UNUSED(ignored))
{
    return wadup_flush(op, &((Compressor *)op)->flushed, compress_run);
}

static PyMethodDef Compressor_methods[] = {
    WADUP_COMPRESSOR_METHODS(Compressor_compress, Compressor_flush),
};

static PyType_Slot Compressor_slots[] = {
    {Py_tp_new, Compressor_new},
    {Py_tp_dealloc, Compressor_dealloc},
    {Py_tp_methods, Compressor_methods},
    {Py_tp_doc, "BZ2Compressor(compresslevel=9, /)\n--\n\n"
                "Create a compressor object for compressing data incrementally.\n\n"
                "  compresslevel\n    Compression level, as a number between 1 and 9."},
    {0, NULL},
};

static PyType_Spec Compressor_spec = {
    "_bz2.BZ2Compressor", sizeof(Compressor), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, Compressor_slots,
};

/* ------------------------------------------------------------------ */
/* BZ2Decompressor */

typedef struct {
    PyObject_HEAD
    bz_stream bzs;
    char initialised;
    wadup_dstate ds;
} Decompressor;

static PyObject *
Decompressor_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    Decompressor *self;
    int ret;
    if ((kwargs != NULL && PyDict_Size(kwargs) != 0) || PyTuple_Size(args) != 0) {
        PyErr_SetString(PyExc_TypeError, "BZ2Decompressor() takes no arguments");
        return NULL;
    }
    self = (Decompressor *)PyType_GenericAlloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    memset(&self->bzs, 0, sizeof(self->bzs));
    if (wadup_dstate_init(&self->ds) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    ret = BZ2_bzDecompressInit(&self->bzs, 0, 0);
    if (bz2_error(ret)) {
        Py_DECREF(self);
        return NULL;
    }
    self->initialised = 1;
    return (PyObject *)self;
}

static void
Decompressor_dealloc(PyObject *op)
{
    Decompressor *self = (Decompressor *)op;
    if (self->initialised) {
        BZ2_bzDecompressEnd(&self->bzs);
    }
    wadup_dstate_clear(&self->ds);
    wadup_generic_dealloc(op);
}

/* Decode from in[0:*in_len) into ob; *in_len becomes the unconsumed count. */
static int
decompress_into(PyObject *op, const char *in, size_t *in_len, wadup_outbuf *ob)
{
    Decompressor *d = (Decompressor *)op;
    size_t left = *in_len;
    d->bzs.next_in = (char *)in;
    d->bzs.avail_in = 0;
    for (;;) {
        int ret;
        unsigned int out_space, in_chunk;
        if (wadup_outbuf_avail(ob) == 0) {
            if (wadup_outbuf_full(ob)) {
                break;
            }
            if (wadup_outbuf_grow(ob, left < 1024 * 1024 ? left * 4 : 4 * 1024 * 1024) < 0) {
                return -1;
            }
        }
        in_chunk = clamp_uint(left);
        d->bzs.avail_in = in_chunk;
        d->bzs.next_out = ob->data + ob->len;
        out_space = clamp_uint(wadup_outbuf_avail(ob));
        d->bzs.avail_out = out_space;
        ret = BZ2_bzDecompress(&d->bzs);
        left -= in_chunk - d->bzs.avail_in;
        ob->len += out_space - d->bzs.avail_out;
        if (bz2_error(ret)) {
            *in_len = left;
            return -1;
        }
        if (ret == BZ_STREAM_END) {
            d->ds.eof = 1;
            break;
        }
        if (left == 0 && d->bzs.avail_out > 0) {
            break; /* everything consumed and the decoder had room to spare */
        }
    }
    *in_len = left;
    return 0;
}

static PyObject *
Decompressor_decompress(PyObject *op, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"data", "max_length", NULL};
    Decompressor *d = (Decompressor *)op;
    Py_buffer view;
    Py_ssize_t max_length = -1;
    PyObject *res;

    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "y*|n:decompress", kwlist,
                                     &view, &max_length)) {
        return NULL;
    }
    res = wadup_decompress(op, &d->ds, &view, max_length, decompress_into,
                           "End of stream already reached");
    PyBuffer_Release(&view);
    return res;
}

static PyMethodDef Decompressor_methods[] = {
    {"decompress", (PyCFunction)(void (*)(void))Decompressor_decompress,
     METH_VARARGS | METH_KEYWORDS,
     "decompress($self, /, data, max_length=-1)\n--\n\n"
     "Decompress *data*, returning uncompressed data as bytes.\n\n"
     "If *max_length* is nonnegative, returns at most *max_length* bytes of\n"
     "decompressed data; the rest of the input is buffered for later calls\n"
     "(then needs_input is False)."},
    {"__reduce__", wadup_refuse_pickle, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef Decompressor_members[] = {
    {"eof", Py_T_BOOL, offsetof(Decompressor, ds.eof), Py_READONLY,
     "True if the end-of-stream marker has been reached."},
    {"unused_data", Py_T_OBJECT_EX, offsetof(Decompressor, ds.unused_data), Py_READONLY,
     "Data found after the end of the compressed stream."},
    {"needs_input", Py_T_BOOL, offsetof(Decompressor, ds.needs_input), Py_READONLY,
     "True if more input is needed before more output can be produced."},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot Decompressor_slots[] = {
    {Py_tp_new, Decompressor_new},
    {Py_tp_dealloc, Decompressor_dealloc},
    {Py_tp_methods, Decompressor_methods},
    {Py_tp_members, Decompressor_members},
    {Py_tp_doc, "BZ2Decompressor()\n--\n\n"
                "Create a decompressor object for decompressing data incrementally."},
    {0, NULL},
};

static PyType_Spec Decompressor_spec = {
    "_bz2.BZ2Decompressor", sizeof(Decompressor), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, Decompressor_slots,
};

/* ------------------------------------------------------------------ */
/* module */

static int
bz2_exec(PyObject *module)
{
    bz2_state *st = (bz2_state *)PyModule_GetState(module);
    st->compressor_type = PyType_FromModuleAndSpec(module, &Compressor_spec, NULL);
    if (st->compressor_type == NULL ||
        PyModule_AddObjectRef(module, "BZ2Compressor", st->compressor_type) < 0) {
        return -1;
    }
    st->decompressor_type = PyType_FromModuleAndSpec(module, &Decompressor_spec, NULL);
    if (st->decompressor_type == NULL ||
        PyModule_AddObjectRef(module, "BZ2Decompressor", st->decompressor_type) < 0) {
        return -1;
    }
    return 0;
}

static int
bz2_traverse(PyObject *module, visitproc visit, void *arg)
{
    bz2_state *st = (bz2_state *)PyModule_GetState(module);
    Py_VISIT(st->compressor_type);
    Py_VISIT(st->decompressor_type);
    return 0;
}

static int
bz2_clear(PyObject *module)
{
    bz2_state *st = (bz2_state *)PyModule_GetState(module);
    Py_CLEAR(st->compressor_type);
    Py_CLEAR(st->decompressor_type);
    return 0;
}

static void
bz2_free(void *module)
{
    bz2_clear((PyObject *)module);
}

static PyModuleDef_Slot bz2_slots[] = {
    {Py_mod_exec, bz2_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, NULL},
};

static struct PyModuleDef bz2_module = {
    PyModuleDef_HEAD_INIT,
    "_bz2",
    "libbzip2 bindings for WASI (wadup).",
    sizeof(bz2_state),
    NULL,
    bz2_slots,
    bz2_traverse,
    bz2_clear,
    bz2_free,
};

PyMODINIT_FUNC
PyInit__bz2(void)
{
    return PyModuleDef_Init(&bz2_module);
}
