#pragma once

#include <QList>
#include <QString>

namespace onair {

// One page of a directory listing for a panel: the items, the next page, or what went wrong
// as the operator's sentence (from ErrorMessages) with the raw reason for the log.
template<typename T>
struct DirectoryPage
{
    QList<T> items;
    QString nextPageToken; // empty on the last page
    QString error;         // empty when the list was read
    QString reason;        // the API's reason when it was not

    bool isOk() const { return error.isEmpty(); }
};

} // namespace onair
