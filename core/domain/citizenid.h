#pragma once

#include <QString>

#include <optional>

namespace MotCua
{

// A citizen identity number: the 12-digit personal identification number (CCCD / căn cước, NĐ 137/2015 Đ13,
// TT 07/2016/TT-BCA Đ7) or an old 9-digit CMND. Layout of the 12 digits: PPP G YY NNNNNN
// (birth-registration province, century-and-gender digit, birth year, 6 random digits; no check digit).
struct CitizenIdInfo
{
    enum class Kind { Cccd, Cmnd };
    enum class Problem {
        None,
        Empty,
        NotDigits,   // letters or symbols
        WrongLength, // not 9 or 12 digits (10 digits is a tax code, not an id)
        BadCentury,  // century/gender digit outside 0-3 (4-9 belong to future centuries)
        FutureBirthYear,
    };

    QString id;
    bool valid = false;
    Kind kind = Kind::Cccd;
    Problem problem = Problem::None;
    // Warnings do not make the id invalid.
    bool unknownProvince = false; // PPP not in the list of 63 legacy province codes (maybe born abroad)
    bool legacyCmnd = false;      // old 9-digit CMND: accepted with a visible warning
    QString provinceCode;         // "001"
    QString provinceName;         // "Hà Nội"
    QString gender;               // "male" / "female"
    int birthCentury = 0;         // 1900, 2000
    int birthYear = 0;
    QString reason; // English explanation when invalid or warned
};

// Validates `text` (spaces are ignored). `currentYear` is for the future-birth-year check (0: this year).
CitizenIdInfo validateCitizenId(const QString &text, int currentYear = 0);

// Name of a legacy birth-registration province code ("001" -> "Hà Nội"), or an empty string.
QString citizenIdProvinceName(const QString &code);

} // namespace MotCua
