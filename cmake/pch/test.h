// Precompiled once for the tests and benchmarks (they reuse onair_testsupport's): widgets.h and
// Qt Test.
#pragma once

#include "widgets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
