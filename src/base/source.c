/* source.c: the file table and offset -> line:column conversion. */
#include "source.h"
#include "alloc.h"
#include "vec.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

void ward_sources_init(ward_sources *s) { memset(s, 0, sizeof *s); }

static void text_free(ward_source *f)
{
    if (f->mapped)
        munmap(f->text, f->len + 1);
    else
        ward_free(f->text);
}

static void source_free(ward_source *f)
{
    if (!f)
        return;
    text_free(f);
    ward_free(f->path);
    ward_free(f->lines);
    ward_free(f->cps);
    ward_free(f);
}

void ward_sources_free(ward_sources *s)
{
    for (size_t i = 0; i < s->n; i++)
        source_free(s->files[i]);
    ward_free(s->files);
    memset(s, 0, sizeof *s);
}

static char *dup_str(const char *p)
{
    size_t n = strlen(p);
    char *r = ward_malloc(n + 1);
    if (r)
        memcpy(r, p, n + 1);
    return r;
}

static uint32_t push(ward_sources *s, ward_source *f)
{
    if (s->n >= UINT32_MAX - 1 || WARD_VEC_PUSH(s->files, s->n, s->cap, f) != 0) {
        source_free(f);
        return WARD_NO_FILE;
    }
    return (uint32_t)(s->n - 1);
}

uint32_t ward_sources_add(ward_sources *s, const char *path, const char *text, size_t len)
{
    ward_source *f = ward_calloc(1, sizeof *f);
    if (!f)
        return WARD_NO_FILE;
    f->path = dup_str(path);
    f->text = ward_malloc(len + 1);
    if (!f->path || !f->text) {
        source_free(f);
        return WARD_NO_FILE;
    }
    if (len)
        memcpy(f->text, text, len);
    f->text[len] = 0;
    f->len = len;
    return push(s, f);
}

/* Files above this size are mapped instead of read: a 100 MB plan then costs
 * page cache, not a second copy on the heap. */
enum { MAP_THRESHOLD = 1 << 20 };

uint32_t ward_sources_load(ward_sources *s, const char *path)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return WARD_NO_FILE;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size >= (off_t)UINT32_MAX - 1) {
        if (errno == 0 || S_ISDIR(st.st_mode))
            errno = S_ISDIR(st.st_mode) ? EISDIR : EFBIG;
        close(fd);
        return WARD_NO_FILE;
    }
    size_t len = (size_t)st.st_size;
    ward_source *f = ward_calloc(1, sizeof *f);
    if (!f) {
        close(fd);
        return WARD_NO_FILE;
    }
    f->path = dup_str(path);
    if (len >= MAP_THRESHOLD && len % (size_t)sysconf(_SC_PAGESIZE) != 0) {
        /* The page tail past `len` is zero-filled, so text[len] == 0 holds. */
        void *m = mmap(NULL, len + 1, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m != MAP_FAILED) {
            f->text = m;
            f->mapped = 1;
        }
    }
    if (!f->mapped) {
        f->text = ward_malloc(len + 1);
        size_t got = 0;
        while (f->text && got < len) {
            ssize_t r = read(fd, f->text + got, len - got);
            if (r <= 0) {
                if (r < 0 && errno == EINTR)
                    continue;
                break;
            }
            got += (size_t)r;
        }
        if (!f->text || got != len) {
            close(fd);
            source_free(f);
            errno = EIO;
            return WARD_NO_FILE;
        }
        f->text[len] = 0;
    }
    close(fd);
    f->len = len;
    if (!f->path) {
        source_free(f);
        return WARD_NO_FILE;
    }
    return push(s, f);
}

int ward_sources_replace(ward_sources *s, uint32_t id, char *text, size_t len)
{
    ward_source *f = id < s->n ? s->files[id] : NULL;
    if (!f) {
        ward_free(text);
        return -1;
    }
    text_free(f);
    ward_free(f->lines);
    f->text = text;
    f->len = len;
    f->mapped = 0;
    f->lines = NULL;
    f->nlines = 0;
    return 0;
}

int ward_sources_take(ward_sources *s, ward_sources *from)
{
    if (ward_vec_reserve((void **)&s->files, &s->cap, s->n + from->n, sizeof *s->files) != 0)
        return -1;
    for (size_t i = 0; i < from->n; i++)
        s->files[s->n++] = from->files[i];
    from->n = 0;
    return 0;
}

const ward_source *ward_sources_get(const ward_sources *s, uint32_t id)
{
    return id < s->n ? s->files[id] : NULL;
}

static int build_lines(ward_source *f)
{
    size_t cap = 0, n = 0;
    uint32_t *lines = NULL;
    if (WARD_VEC_PUSH(lines, n, cap, 0) != 0)
        return -1;
    for (const char *p = f->text, *end = f->text + f->len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        if (WARD_VEC_PUSH(lines, n, cap, (uint32_t)(nl + 1 - f->text)) != 0) {
            ward_free(lines);
            return -1;
        }
        p = nl + 1;
    }
    f->lines = lines;
    f->nlines = (uint32_t)n;
    return 0;
}

enum { CP_BLOCK = 4096 };

static uint32_t count_cps(const char *p, uint32_t n)
{
    uint32_t c = 0;
    for (uint32_t i = 0; i < n; i++)
        c += ((unsigned char)p[i] & 0xC0) != 0x80;   /* lead bytes only */
    return c;
}

/* Code points in text[0, offset): one table of counts per 4 KiB makes this
 * O(4 KiB), so a minified 100 MB plan (one line) does not make each
 * finding's column cost a scan from the start of the file. */
static uint32_t cps_before(ward_source *f, uint32_t offset)
{
    if (!f->cps) {
        size_t nb = f->len / CP_BLOCK + 1;
        f->cps = ward_malloc(sizeof *f->cps * nb);
        if (!f->cps)
            return count_cps(f->text, offset);
        uint32_t acc = 0;
        for (size_t b = 0; b < nb; b++) {
            f->cps[b] = acc;
            size_t start = b * CP_BLOCK, end = start + CP_BLOCK < f->len ? start + CP_BLOCK : f->len;
            acc += count_cps(f->text + start, (uint32_t)(end - start));
        }
    }
    uint32_t b = offset / CP_BLOCK;
    return f->cps[b] + count_cps(f->text + (size_t)b * CP_BLOCK, offset - b * CP_BLOCK);
}

ward_pos ward_source_pos(const ward_sources *s, uint32_t file, uint32_t offset)
{
    ward_pos pos = {0, 0};
    ward_source *f = file < s->n ? s->files[file] : NULL;
    if (!f || (!f->lines && build_lines(f) != 0))
        return pos;
    if (offset > f->len)
        offset = (uint32_t)f->len;
    uint32_t lo = 0, hi = f->nlines;   /* last line start <= offset */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->lines[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    pos.line = lo + 1;
    uint32_t i = f->lines[lo];
    /* A UTF-8 byte order mark is invisible in editors: don't count it. */
    if (i == 0 && offset >= 3 && f->len >= 3 && memcmp(f->text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    if (offset <= i)
        pos.col = 1;
    else if (offset - i < CP_BLOCK)
        pos.col = 1 + count_cps(f->text + i, offset - i);
    else
        pos.col = 1 + cps_before(f, offset) - cps_before(f, i);
    return pos;
}

const char *ward_source_line(const ward_sources *s, uint32_t file, uint32_t line, size_t *len)
{
    ward_source *f = file < s->n ? s->files[file] : NULL;
    *len = 0;
    if (!f || (!f->lines && build_lines(f) != 0) || line == 0 || line > f->nlines)
        return NULL;
    uint32_t start = f->lines[line - 1];
    uint32_t end = line < f->nlines ? f->lines[line] : (uint32_t)f->len;
    while (end > start && (f->text[end - 1] == '\n' || f->text[end - 1] == '\r'))
        end--;
    *len = end - start;
    return f->text + start;
}
