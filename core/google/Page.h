#pragma once

#include <QList>
#include <QString>

namespace onair {

// One page of a list call. Each further page costs the method's quota again.
template<typename T>
struct Page
{
    QList<T> items;
    QString nextPageToken; // empty on the last page
    int totalResults = 0;
};

} // namespace onair
