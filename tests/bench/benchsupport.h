// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Casebook::Bench {

/// Runs `work` `repeats` times and prints `name.p50` and `name.p95` in milliseconds.
void measure(const QString &name, int repeats, const std::function<void()> &work);

/// Prints `name.p50` and `name.p95` of `times` (milliseconds).
void summarise(const QString &name, QList<double> times);

/// Prints one `name value unit` line.
void print(const QString &name, double value, const QString &unit);

/// Resident memory of this process, in MiB.
double residentMiB();

/// A generated benchmark database in `folder`, made with casebook-generate when missing.
QString generatedDatabase(const QString &folder, int tickets);

} // namespace Casebook::Bench
