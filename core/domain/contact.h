#pragma once

#include <QString>

namespace MotCua
{

// A Vietnamese phone number as people write it: 0 or +84, then 8-10 digits; spaces, dots and dashes are ignored.
struct PhoneCheck
{
    bool valid = false;
    QString normalized; // digits only, with the leading 0 or +84 kept
    QString reason;     // English, when invalid
};

PhoneCheck validatePhone(const QString &text);

} // namespace MotCua
