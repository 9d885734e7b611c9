#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace MotCua
{

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where there are some (several
// times Qt's own implementation): every event hash the province checks and every file stored goes through it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // the 32 bytes; the hash cannot take more data after
    QString hexResult(); // 64 lower-case hex digits

    static QByteArray hash(QByteArrayView bytes);
    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace MotCua
