/* _lzma: the native half of the stdlib's lzma module, for CPython 3.14 on WASI.
 *
 * Why this file exists: componentize-py's CPython is built without _lzma, and
 * CPython's own _lzmamodule.c is not available to us, so this is an
 * independent implementation of what Lib/lzma.py imports: LZMACompressor,
 * LZMADecompressor, LZMAError, is_check_supported, the FORMAT_/CHECK_/
 * FILTER_/MF_/MODE_/PRESET_ constants and the two filter-property helpers.
 * Limited C API only; the GIL is never released (WASI has no threads), so
 * objects need no lock.  liblzma is built single-threaded. */
#define Py_LIMITED_API 0x030D0000
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <lzma.h>
#include "codec_common.h"

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
#define CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)

typedef struct {
    PyObject *error;
    PyObject *compressor_type;
    PyObject *decompressor_type;
} lzma_mod_state;

static struct PyModuleDef lzma_module;

static lzma_mod_state *
state_of(PyObject *self)
{
    PyObject *mod = PyType_GetModuleByDef(Py_TYPE(self), &lzma_module);
    return mod == NULL ? NULL : (lzma_mod_state *)PyModule_GetState(mod);
}

static lzma_mod_state *
state_of_type(PyTypeObject *tp)
{
    PyObject *mod = PyType_GetModuleByDef(tp, &lzma_module);
    return mod == NULL ? NULL : (lzma_mod_state *)PyModule_GetState(mod);
}

/* Map a liblzma return code to an exception; 0 if it is not an error. */
static int
lzma_error(lzma_mod_state *st, lzma_ret ret)
{
    const char *msg;
    switch (ret) {
    case LZMA_OK:
    case LZMA_GET_CHECK:
    case LZMA_NO_CHECK:
    case LZMA_STREAM_END:
        return 0;
    case LZMA_MEM_ERROR:
        PyErr_NoMemory();
        return 1;
    case LZMA_UNSUPPORTED_CHECK: msg = "Unsupported integrity check"; break;
    case LZMA_MEMLIMIT_ERROR: msg = "Memory usage limit exceeded"; break;
    case LZMA_FORMAT_ERROR: msg = "Input format not supported by decoder"; break;
    case LZMA_OPTIONS_ERROR: msg = "Invalid or unsupported options"; break;
    case LZMA_DATA_ERROR: msg = "Corrupt input data"; break;
    case LZMA_BUF_ERROR: msg = "Insufficient buffer space"; break;
    case LZMA_PROG_ERROR: msg = "Internal error"; break;
    default:
        PyErr_Format(st->error, "Unrecognized error from liblzma: %d", (int)ret);
        return 1;
    }
    PyErr_SetString(st->error, msg);
    return 1;
}

/* ------------------------------------------------------------------ */
/* filter specifiers (dicts) <-> lzma_filter */

static int
to_uint32(PyObject *obj, uint32_t *out)
{
    unsigned long v = PyLong_AsUnsignedLong(obj);
    if (v == (unsigned long)-1 && PyErr_Occurred()) {
        return -1;
    }
#if ULONG_MAX > UINT32_MAX
    if (v > UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "Value too large for uint32_t type");
        return -1;
    }
#endif
    *out = (uint32_t)v;
    return 0;
}

static int
to_vli(PyObject *obj, lzma_vli *out)
{
    unsigned long long v = PyLong_AsUnsignedLongLong(obj);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        return -1;
    }
    *out = (lzma_vli)v;
    return 0;
}

/* Every key of spec must be one of names (NULL-terminated). */
static int
only_known_keys(PyObject *spec, const char *const *names)
{
    PyObject *keys = PyMapping_Keys(spec);
    Py_ssize_t i, n;
    if (keys == NULL) {
        return -1;
    }
    n = PyList_Size(keys);
    for (i = 0; i < n; i++) {
        PyObject *k = PyList_GetItem(keys, i);
        const char *const *name;
        int found = 0;
        if (!PyUnicode_Check(k)) {
            break;
        }
        for (name = names; *name != NULL; name++) {
            if (PyUnicode_CompareWithASCIIString(k, *name) == 0) {
                found = 1;
                break;
            }
        }
        if (!found) {
            break;
        }
    }
    Py_DECREF(keys);
    return i == n ? 0 : -1;
}

/* Look up spec[name] and convert it to uint32 if present.
 * Returns 1 if set, 0 if absent, -1 on error. */
static int
opt_uint32(PyObject *spec, const char *name, uint32_t *out)
{
    PyObject *v;
    int r = PyMapping_GetOptionalItemString(spec, name, &v);
    if (r <= 0) {
        return r;
    }
    r = to_uint32(v, out);
    Py_DECREF(v);
    return r < 0 ? -1 : 1;
}

static void *
parse_lzma_options(lzma_mod_state *st, PyObject *spec)
{
    static const char *const names[] = {"id", "preset", "dict_size", "lc", "lp", "pb",
                                        "mode", "nice_len", "mf", "depth", NULL};
    lzma_options_lzma *o;
    uint32_t preset = LZMA_PRESET_DEFAULT, v;
    int r;

    if (only_known_keys(spec, names) < 0) {
        goto bad;
    }
    r = opt_uint32(spec, "preset", &preset);
    if (r < 0) {
        goto bad;
    }
    o = (lzma_options_lzma *)PyMem_Calloc(1, sizeof(*o));
    if (o == NULL) {
        return PyErr_NoMemory();
    }
    if (lzma_lzma_preset(o, preset)) {
        PyMem_Free(o);
        PyErr_Format(st->error, "Invalid compression preset: %u", (unsigned int)preset);
        return NULL;
    }
#define OPT(key, field, type)                                  \
    r = opt_uint32(spec, key, &v);                             \
    if (r < 0) {                                               \
        PyMem_Free(o);                                         \
        goto bad;                                              \
    }                                                          \
    if (r > 0) {                                               \
        o->field = (type)v;                                    \
    }
    OPT("dict_size", dict_size, uint32_t)
    OPT("lc", lc, uint32_t)
    OPT("lp", lp, uint32_t)
    OPT("pb", pb, uint32_t)
    OPT("mode", mode, lzma_mode)
    OPT("nice_len", nice_len, uint32_t)
    OPT("mf", mf, lzma_match_finder)
    OPT("depth", depth, uint32_t)
#undef OPT
    return o;
bad:
    PyErr_SetString(PyExc_ValueError, "Invalid filter specifier for LZMA filter");
    return NULL;
}

/* Delta and BCJ filters take one optional uint32 besides "id". */
static int
parse_single_option(PyObject *spec, const char *key, uint32_t *value, const char *what)
{
    const char *const names[] = {"id", key, NULL};
    if (only_known_keys(spec, names) < 0 || opt_uint32(spec, key, value) < 0) {
        PyErr_Format(PyExc_ValueError, "Invalid filter specifier for %s filter", what);
        return -1;
    }
    return 0;
}

static void *
parse_delta_options(PyObject *spec)
{
    lzma_options_delta *o;
    uint32_t dist = 1;
    if (parse_single_option(spec, "dist", &dist, "delta") < 0) {
        return NULL;
    }
    o = (lzma_options_delta *)PyMem_Calloc(1, sizeof(*o));
    if (o == NULL) {
        return PyErr_NoMemory();
    }
    o->type = LZMA_DELTA_TYPE_BYTE;
    o->dist = dist;
    return o;
}

static void *
parse_bcj_options(PyObject *spec)
{
    lzma_options_bcj *o;
    uint32_t start = 0;
    if (parse_single_option(spec, "start_offset", &start, "BCJ") < 0) {
        return NULL;
    }
    o = (lzma_options_bcj *)PyMem_Calloc(1, sizeof(*o));
    if (o == NULL) {
        return PyErr_NoMemory();
    }
    o->start_offset = start;
    return o;
}

static int
parse_filter_spec(lzma_mod_state *st, lzma_filter *f, PyObject *spec)
{
    PyObject *id_obj;
    int r;
    if (!PyMapping_Check(spec)) {
        PyErr_SetString(PyExc_TypeError, "Filter specifier must be a dict or dict-like object");
        return -1;
    }
    r = PyMapping_GetOptionalItemString(spec, "id", &id_obj);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        PyErr_SetString(PyExc_ValueError, "Filter specifier must have an \"id\" entry");
        return -1;
    }
    r = to_vli(id_obj, &f->id);
    Py_DECREF(id_obj);
    if (r < 0) {
        return -1;
    }
    switch (f->id) {
    case LZMA_FILTER_LZMA1:
    case LZMA_FILTER_LZMA2:
        f->options = parse_lzma_options(st, spec);
        break;
    case LZMA_FILTER_DELTA:
        f->options = parse_delta_options(spec);
        break;
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC:
        f->options = parse_bcj_options(spec);
        break;
    default:
        PyErr_Format(PyExc_ValueError, "Invalid filter ID: %llu", (unsigned long long)f->id);
        return -1;
    }
    return f->options == NULL ? -1 : 0;
}

static void
free_filter_chain(lzma_filter *filters)
{
    int i;
    for (i = 0; filters[i].id != LZMA_VLI_UNKNOWN; i++) {
        PyMem_Free(filters[i].options);
        filters[i].options = NULL;
    }
}

/* filters must have LZMA_FILTERS_MAX + 1 entries. */
static int
parse_filter_chain(lzma_mod_state *st, lzma_filter *filters, PyObject *specs)
{
    Py_ssize_t i, n = PySequence_Size(specs);
    if (n < 0) {
        return -1;
    }
    if (n > LZMA_FILTERS_MAX) {
        PyErr_Format(PyExc_ValueError,
                     "Too many filters - liblzma supports a maximum of %d", LZMA_FILTERS_MAX);
        return -1;
    }
    filters[0].id = LZMA_VLI_UNKNOWN;
    for (i = 0; i < n; i++) {
        PyObject *spec = PySequence_GetItem(specs, i);
        int r;
        if (spec == NULL) {
            free_filter_chain(filters);
            return -1;
        }
        r = parse_filter_spec(st, &filters[i], spec);
        Py_DECREF(spec);
        if (r < 0) {
            filters[i].id = LZMA_VLI_UNKNOWN;
            free_filter_chain(filters);
            return -1;
        }
        filters[i + 1].id = LZMA_VLI_UNKNOWN;
    }
    filters[n].options = NULL;
    return 0;
}

static int
dict_set_u64(PyObject *d, const char *key, unsigned long long v)
{
    PyObject *o = PyLong_FromUnsignedLongLong(v);
    int r;
    if (o == NULL) {
        return -1;
    }
    r = PyDict_SetItemString(d, key, o);
    Py_DECREF(o);
    return r;
}

static PyObject *
build_filter_spec(const lzma_filter *f)
{
    PyObject *d = PyDict_New();
    if (d == NULL) {
        return NULL;
    }
    if (dict_set_u64(d, "id", f->id) < 0) {
        goto error;
    }
    switch (f->id) {
    case LZMA_FILTER_LZMA1: {
        const lzma_options_lzma *o = f->options;
        if (dict_set_u64(d, "lc", o->lc) < 0 || dict_set_u64(d, "lp", o->lp) < 0 ||
            dict_set_u64(d, "pb", o->pb) < 0 || dict_set_u64(d, "dict_size", o->dict_size) < 0) {
            goto error;
        }
        break;
    }
    case LZMA_FILTER_LZMA2: {
        const lzma_options_lzma *o = f->options;
        if (dict_set_u64(d, "dict_size", o->dict_size) < 0) {
            goto error;
        }
        break;
    }
    case LZMA_FILTER_DELTA: {
        const lzma_options_delta *o = f->options;
        if (dict_set_u64(d, "dist", o->dist) < 0) {
            goto error;
        }
        break;
    }
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC: {
        const lzma_options_bcj *o = f->options;
        if (o != NULL && dict_set_u64(d, "start_offset", o->start_offset) < 0) {
            goto error;
        }
        break;
    }
    default:
        PyErr_Format(PyExc_ValueError, "Invalid filter ID: %llu", (unsigned long long)f->id);
        goto error;
    }
    return d;
error:
    Py_DECREF(d);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* LZMACompressor */

typedef struct {
    PyObject_HEAD
    lzma_stream lzs;
    char flushed;
} Compressor;

static PyObject *
compress_run(PyObject *op, const char *data, size_t len, int finish)
{
    Compressor *c = (Compressor *)op;
    lzma_action action = finish ? LZMA_FINISH : LZMA_RUN;
    lzma_mod_state *st = state_of(op);
    wadup_outbuf ob;
    if (st == NULL) {
        return NULL;
    }
    wadup_outbuf_init(&ob, -1);
    c->lzs.next_in = (const uint8_t *)data;
    c->lzs.avail_in = len;
    for (;;) {
        lzma_ret ret;
        size_t space;
        if (wadup_outbuf_avail(&ob) == 0 && wadup_outbuf_grow(&ob, 0) < 0) {
            goto error;
        }
        space = wadup_outbuf_avail(&ob);
        c->lzs.next_out = (uint8_t *)ob.data + ob.len;
        c->lzs.avail_out = space;
        ret = lzma_code(&c->lzs, action);
        ob.len += space - c->lzs.avail_out;
        if (ret == LZMA_BUF_ERROR && len == 0 && c->lzs.avail_out > 0) {
            ret = LZMA_OK; /* nothing to do yet; not an error */
        }
        if (lzma_error(st, ret)) {
            goto error;
        }
        if ((action == LZMA_RUN && c->lzs.avail_in == 0) ||
            (action == LZMA_FINISH && ret == LZMA_STREAM_END)) {
            break;
        }
    }
    return wadup_outbuf_finish(&ob);
error:
    wadup_outbuf_discard(&ob);
    return NULL;
}

static int
compressor_init(lzma_mod_state *st, lzma_stream *lzs, int format, int check,
                uint32_t preset, PyObject *filterspecs)
{
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    lzma_ret ret;
    switch (format) {
    case FORMAT_XZ:
        if (check == -1) {
            check = LZMA_CHECK_CRC64;
        }
        if (filterspecs == Py_None) {
            ret = lzma_easy_encoder(lzs, preset, (lzma_check)check);
            return lzma_error(st, ret) ? -1 : 0;
        }
        if (parse_filter_chain(st, filters, filterspecs) < 0) {
            return -1;
        }
        ret = lzma_stream_encoder(lzs, filters, (lzma_check)check);
        free_filter_chain(filters);
        return lzma_error(st, ret) ? -1 : 0;
    case FORMAT_ALONE:
        if (filterspecs == Py_None) {
            lzma_options_lzma opts;
            if (lzma_lzma_preset(&opts, preset)) {
                PyErr_Format(st->error, "Invalid compression preset: %u", (unsigned int)preset);
                return -1;
            }
            ret = lzma_alone_encoder(lzs, &opts);
            return lzma_error(st, ret) ? -1 : 0;
        }
        if (parse_filter_chain(st, filters, filterspecs) < 0) {
            return -1;
        }
        if (filters[0].id == LZMA_FILTER_LZMA1 && filters[1].id == LZMA_VLI_UNKNOWN) {
            ret = lzma_alone_encoder(lzs, filters[0].options);
            free_filter_chain(filters);
            return lzma_error(st, ret) ? -1 : 0;
        }
        free_filter_chain(filters);
        PyErr_SetString(PyExc_ValueError,
                        "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        return -1;
    case FORMAT_RAW:
        if (filterspecs == Py_None) {
            PyErr_SetString(PyExc_ValueError, "Must specify filters for FORMAT_RAW");
            return -1;
        }
        if (parse_filter_chain(st, filters, filterspecs) < 0) {
            return -1;
        }
        ret = lzma_raw_encoder(lzs, filters);
        free_filter_chain(filters);
        return lzma_error(st, ret) ? -1 : 0;
    default:
        PyErr_Format(PyExc_ValueError, "Invalid container format: %d", format);
        return -1;
    }
}

static PyObject *
Compressor_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"format", "check", "preset", "filters", NULL};
    int format = FORMAT_XZ, check = -1;
    PyObject *preset_obj = Py_None, *filterspecs = Py_None;
    uint32_t preset = LZMA_PRESET_DEFAULT;
    lzma_mod_state *st = state_of_type(type);
    Compressor *self;
    const lzma_stream init = LZMA_STREAM_INIT;

    if (st == NULL) {
        return NULL;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|iiOO:LZMACompressor", kwlist,
                                     &format, &check, &preset_obj, &filterspecs)) {
        return NULL;
    }
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        PyErr_SetString(PyExc_ValueError, "Integrity checks are only supported by FORMAT_XZ");
        return NULL;
    }
    if (preset_obj != Py_None && filterspecs != Py_None) {
        PyErr_SetString(PyExc_ValueError, "Cannot specify both preset and filter chain");
        return NULL;
    }
    if (preset_obj != Py_None && to_uint32(preset_obj, &preset) < 0) {
        return NULL;
    }
    self = (Compressor *)PyType_GenericAlloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->lzs = init;
    if (compressor_init(st, &self->lzs, format, check, preset, filterspecs) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static void
Compressor_dealloc(PyObject *op)
{
    lzma_end(&((Compressor *)op)->lzs);
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
    {Py_tp_doc, "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n--\n\n"
                "Create a compressor object for compressing data incrementally.\n\n"
                "format selects the container (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW);\n"
                "check the integrity check (FORMAT_XZ only); preset a level 0-9,\n"
                "optionally OR-ed with PRESET_EXTREME; filters a custom filter chain."},
    {0, NULL},
};

static PyType_Spec Compressor_spec = {
    "_lzma.LZMACompressor", sizeof(Compressor), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, Compressor_slots,
};

/* ------------------------------------------------------------------ */
/* LZMADecompressor */

typedef struct {
    PyObject_HEAD
    lzma_stream lzs;
    int check;
    wadup_dstate ds;
} Decompressor;

static int
decompress_into(PyObject *op, const char *in, size_t *in_len, wadup_outbuf *ob)
{
    Decompressor *d = (Decompressor *)op;
    lzma_mod_state *st = state_of(op);
    if (st == NULL) {
        return -1;
    }
    d->lzs.next_in = (const uint8_t *)in;
    d->lzs.avail_in = *in_len;
    for (;;) {
        lzma_ret ret;
        size_t space;
        if (wadup_outbuf_avail(ob) == 0) {
            if (wadup_outbuf_full(ob)) {
                break;
            }
            if (wadup_outbuf_grow(ob, *in_len < 1024 * 1024 ? *in_len * 4 : 4 * 1024 * 1024) < 0) {
                return -1;
            }
        }
        space = wadup_outbuf_avail(ob);
        d->lzs.next_out = (uint8_t *)ob->data + ob->len;
        d->lzs.avail_out = space;
        ret = lzma_code(&d->lzs, LZMA_RUN);
        ob->len += space - d->lzs.avail_out;
        if (ret == LZMA_BUF_ERROR && d->lzs.avail_in == 0 && d->lzs.avail_out > 0) {
            ret = LZMA_OK; /* no progress possible without more input */
        }
        if (lzma_error(st, ret)) {
            *in_len = d->lzs.avail_in;
            return -1;
        }
        if (ret == LZMA_GET_CHECK || ret == LZMA_NO_CHECK) {
            d->check = (int)lzma_get_check(&d->lzs);
        }
        if (ret == LZMA_STREAM_END) {
            d->ds.eof = 1;
            break;
        }
        if (d->lzs.avail_in == 0 && d->lzs.avail_out > 0) {
            break;
        }
    }
    *in_len = d->lzs.avail_in;
    return 0;
}

static PyObject *
Decompressor_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"format", "memlimit", "filters", NULL};
    int format = FORMAT_AUTO;
    PyObject *memlimit_obj = Py_None, *filterspecs = Py_None;
    uint64_t memlimit = UINT64_MAX;
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_mod_state *st = state_of_type(type);
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    const lzma_stream init = LZMA_STREAM_INIT;
    Decompressor *self;
    lzma_ret ret;

    if (st == NULL) {
        return NULL;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|iOO:LZMADecompressor", kwlist,
                                     &format, &memlimit_obj, &filterspecs)) {
        return NULL;
    }
    if (memlimit_obj != Py_None) {
        if (format == FORMAT_RAW) {
            PyErr_SetString(PyExc_ValueError, "Cannot specify memory limit with FORMAT_RAW");
            return NULL;
        }
        memlimit = PyLong_AsUnsignedLongLong(memlimit_obj);
        if (PyErr_Occurred()) {
            return NULL;
        }
    }
    if (format == FORMAT_RAW && filterspecs == Py_None) {
        PyErr_SetString(PyExc_ValueError, "Must specify filters for FORMAT_RAW");
        return NULL;
    }
    if (format != FORMAT_RAW && filterspecs != Py_None) {
        PyErr_SetString(PyExc_ValueError, "Cannot specify filters except with FORMAT_RAW");
        return NULL;
    }
    if (format < FORMAT_AUTO || format > FORMAT_RAW) {
        PyErr_Format(PyExc_ValueError, "Invalid container format: %d", format);
        return NULL;
    }
    self = (Decompressor *)PyType_GenericAlloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->lzs = init;
    self->check = CHECK_UNKNOWN;
    if (wadup_dstate_init(&self->ds) < 0) {
        Py_DECREF(self);
        return NULL;
    }
    switch (format) {
    case FORMAT_AUTO:
        ret = lzma_auto_decoder(&self->lzs, memlimit, flags);
        break;
    case FORMAT_XZ:
        ret = lzma_stream_decoder(&self->lzs, memlimit, flags);
        break;
    case FORMAT_ALONE:
        self->check = LZMA_CHECK_NONE;
        ret = lzma_alone_decoder(&self->lzs, memlimit);
        break;
    default: /* FORMAT_RAW */
        self->check = LZMA_CHECK_NONE;
        if (parse_filter_chain(st, filters, filterspecs) < 0) {
            Py_DECREF(self);
            return NULL;
        }
        ret = lzma_raw_decoder(&self->lzs, filters);
        free_filter_chain(filters);
        break;
    }
    if (lzma_error(st, ret)) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static void
Decompressor_dealloc(PyObject *op)
{
    Decompressor *self = (Decompressor *)op;
    lzma_end(&self->lzs);
    wadup_dstate_clear(&self->ds);
    wadup_generic_dealloc(op);
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
                           "Already at end of stream");
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
    {"check", Py_T_INT, offsetof(Decompressor, check), Py_READONLY,
     "ID of the integrity check used by the input stream."},
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
    {Py_tp_doc, "LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)\n--\n\n"
                "Create a decompressor object for decompressing data incrementally.\n\n"
                "Each object decodes one stream; data after it is in unused_data."},
    {0, NULL},
};

static PyType_Spec Decompressor_spec = {
    "_lzma.LZMADecompressor", sizeof(Decompressor), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, Decompressor_slots,
};

/* ------------------------------------------------------------------ */
/* module functions */

static PyObject *
is_check_supported(PyObject *module, PyObject *arg)
{
    int check = PyLong_AsInt(arg);
    (void)module;
    if (check == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return PyBool_FromLong(lzma_check_is_supported((lzma_check)check));
}

static PyObject *
encode_filter_properties(PyObject *module, PyObject *spec)
{
    lzma_mod_state *st = (lzma_mod_state *)PyModule_GetState(module);
    lzma_filter f = {0, NULL};
    uint32_t size;
    PyObject *res = NULL;
    char *buf;

    if (parse_filter_spec(st, &f, spec) < 0) {
        return NULL;
    }
    if (lzma_error(st, lzma_properties_size(&size, &f))) {
        goto done;
    }
    buf = (char *)PyMem_Malloc(size ? size : 1);
    if (buf == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (!lzma_error(st, lzma_properties_encode(&f, (uint8_t *)buf))) {
        res = PyBytes_FromStringAndSize(buf, size);
    }
    PyMem_Free(buf);
done:
    PyMem_Free(f.options);
    return res;
}

static PyObject *
decode_filter_properties(PyObject *module, PyObject *args)
{
    lzma_mod_state *st = (lzma_mod_state *)PyModule_GetState(module);
    PyObject *id_obj, *res = NULL;
    Py_buffer props;
    lzma_filter f = {0, NULL};

    if (!PyArg_ParseTuple(args, "Oy*:_decode_filter_properties", &id_obj, &props)) {
        return NULL;
    }
    if (to_vli(id_obj, &f.id) == 0 &&
        !lzma_error(st, lzma_properties_decode(&f, NULL, props.buf, (size_t)props.len))) {
        res = build_filter_spec(&f);
    }
    free(f.options); /* allocated by liblzma with the default allocator */
    PyBuffer_Release(&props);
    return res;
}

static PyMethodDef module_methods[] = {
    {"is_check_supported", is_check_supported, METH_O,
     "is_check_supported($module, check_id, /)\n--\n\n"
     "Test whether the given integrity check is supported."},
    {"_encode_filter_properties", encode_filter_properties, METH_O,
     "_encode_filter_properties($module, filter, /)\n--\n\n"
     "Return the properties of the given filter as bytes (for zipfile)."},
    {"_decode_filter_properties", decode_filter_properties, METH_VARARGS,
     "_decode_filter_properties($module, filter_id, encoded_props, /)\n--\n\n"
     "Return a filter spec dict decoded from raw properties (for zipfile)."},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------ */
/* module */

static int
add_u64(PyObject *module, const char *name, unsigned long long v)
{
    return PyModule_Add(module, name, PyLong_FromUnsignedLongLong(v));
}

static int
lzma_exec(PyObject *module)
{
    lzma_mod_state *st = (lzma_mod_state *)PyModule_GetState(module);
    static const struct {
        const char *name;
        unsigned long long value;
    } consts[] = {
        {"FORMAT_AUTO", FORMAT_AUTO}, {"FORMAT_XZ", FORMAT_XZ},
        {"FORMAT_ALONE", FORMAT_ALONE}, {"FORMAT_RAW", FORMAT_RAW},
        {"CHECK_NONE", LZMA_CHECK_NONE}, {"CHECK_CRC32", LZMA_CHECK_CRC32},
        {"CHECK_CRC64", LZMA_CHECK_CRC64}, {"CHECK_SHA256", LZMA_CHECK_SHA256},
        {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX}, {"CHECK_UNKNOWN", CHECK_UNKNOWN},
        {"FILTER_LZMA1", LZMA_FILTER_LZMA1}, {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
        {"FILTER_DELTA", LZMA_FILTER_DELTA}, {"FILTER_X86", LZMA_FILTER_X86},
        {"FILTER_IA64", LZMA_FILTER_IA64}, {"FILTER_ARM", LZMA_FILTER_ARM},
        {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB}, {"FILTER_POWERPC", LZMA_FILTER_POWERPC},
        {"FILTER_SPARC", LZMA_FILTER_SPARC},
        {"MF_HC3", LZMA_MF_HC3}, {"MF_HC4", LZMA_MF_HC4}, {"MF_BT2", LZMA_MF_BT2},
        {"MF_BT3", LZMA_MF_BT3}, {"MF_BT4", LZMA_MF_BT4},
        {"MODE_FAST", LZMA_MODE_FAST}, {"MODE_NORMAL", LZMA_MODE_NORMAL},
        {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT}, {"PRESET_EXTREME", LZMA_PRESET_EXTREME},
    };
    size_t i;

    for (i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
        if (add_u64(module, consts[i].name, consts[i].value) < 0) {
            return -1;
        }
    }
    st->error = PyErr_NewExceptionWithDoc("_lzma.LZMAError", "Call to liblzma failed.", NULL, NULL);
    if (st->error == NULL || PyModule_AddObjectRef(module, "LZMAError", st->error) < 0) {
        return -1;
    }
    st->compressor_type = PyType_FromModuleAndSpec(module, &Compressor_spec, NULL);
    if (st->compressor_type == NULL ||
        PyModule_AddObjectRef(module, "LZMACompressor", st->compressor_type) < 0) {
        return -1;
    }
    st->decompressor_type = PyType_FromModuleAndSpec(module, &Decompressor_spec, NULL);
    if (st->decompressor_type == NULL ||
        PyModule_AddObjectRef(module, "LZMADecompressor", st->decompressor_type) < 0) {
        return -1;
    }
    return 0;
}

static int
lzma_traverse(PyObject *module, visitproc visit, void *arg)
{
    lzma_mod_state *st = (lzma_mod_state *)PyModule_GetState(module);
    Py_VISIT(st->error);
    Py_VISIT(st->compressor_type);
    Py_VISIT(st->decompressor_type);
    return 0;
}

static int
lzma_clear(PyObject *module)
{
    lzma_mod_state *st = (lzma_mod_state *)PyModule_GetState(module);
    Py_CLEAR(st->error);
    Py_CLEAR(st->compressor_type);
    Py_CLEAR(st->decompressor_type);
    return 0;
}

static void
lzma_free(void *module)
{
    lzma_clear((PyObject *)module);
}

static PyModuleDef_Slot lzma_slots[] = {
    {Py_mod_exec, lzma_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, NULL},
};

static struct PyModuleDef lzma_module = {
    PyModuleDef_HEAD_INIT,
    "_lzma",
    "liblzma bindings for WASI (wadup).",
    sizeof(lzma_mod_state),
    module_methods,
    lzma_slots,
    lzma_traverse,
    lzma_clear,
    lzma_free,
};

PyMODINIT_FUNC
PyInit__lzma(void)
{
    return PyModuleDef_Init(&lzma_module);
}
