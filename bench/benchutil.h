#pragma once

// What every benchmark program needs: stop with the reason when a step fails, and the percentiles of timings.
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace MotCua::Bench
{

[[noreturn]] inline void fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    std::exit(1);
}

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        fail(QLatin1String(what), r.error());
    return std::move(r.value());
}

inline void must(Result<void> r, const char *what)
{
    if (!r)
        fail(QLatin1String(what), r.error());
}

// The value below which a share `p` (0..1) of the timings fall (nearest rank).
inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

} // namespace MotCua::Bench
