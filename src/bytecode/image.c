/* image.c: program image lifetime, line lookup and the type index. */
#include "image.h"
#include "../base/alloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ward_image_init(ward_image *img) { memset(img, 0, sizeof *img); }

void ward_image_free(ward_image *img)
{
    if (img->strblock)
        ward_free(img->strblock);
    else
        for (uint32_t i = 0; i < img->nstrs; i++)
            ward_free(img->strs[i]);
    ward_free(img->strs);
    ward_free(img->slens);
    ward_free(img->consts);
    ward_free(img->u32s);
    ward_free(img->funcs);
    ward_free(img->code);
    ward_free(img->lines);
    ward_free(img->params);
    ward_free(img->rules);
    ward_free(img->sels);
    ward_free(img->tindex);
    memset(img, 0, sizeof *img);
}

const ward_lineent *ward_image_line(const ward_image *img, uint32_t pc)
{
    /* Last entry with entry.pc <= pc (entries are sorted by pc). */
    uint32_t lo = 0, hi = img->nlines;
    const ward_lineent *best = NULL;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (img->lines[mid].pc <= pc) {
            best = &img->lines[mid];
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return best;
}

static int cmp_entry(const ward_image *img, unsigned fam, const char *type, const ward_tindex_ent *e)
{
    if (fam != e->family)
        return fam < e->family ? -1 : 1;
    return strcasecmp(type, img->strs[e->type]);
}

uint32_t ward_image_lookup(const ward_image *img, unsigned family, const char *type, uint32_t *first)
{
    uint32_t lo = 0, hi = img->ntindex;
    while (lo < hi) {   /* lower bound */
        uint32_t mid = lo + (hi - lo) / 2;
        if (cmp_entry(img, family, type, &img->tindex[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t n = 0;
    while (lo + n < img->ntindex && cmp_entry(img, family, type, &img->tindex[lo + n]) == 0)
        n++;
    *first = lo;
    return n;
}

/* qsort has no context argument in C11: sort indices with an insertion sort
 * (the index has a few hundred entries). */
void ward_image_sort_index(ward_image *img)
{
    for (uint32_t i = 1; i < img->ntindex; i++) {
        ward_tindex_ent e = img->tindex[i];
        uint32_t j = i;
        while (j > 0) {
            ward_tindex_ent *p = &img->tindex[j - 1];
            int c = p->family != e.family ? (p->family < e.family ? -1 : 1)
                                           : strcasecmp(img->strs[p->type], img->strs[e.type]);
            if (c < 0 || (c == 0 && p->sel <= e.sel))
                break;
            img->tindex[j] = *p;
            j--;
        }
        img->tindex[j] = e;
    }
}
