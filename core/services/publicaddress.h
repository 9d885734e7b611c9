#pragma once

#include <QString>

namespace MotCua
{

class Store;

namespace PublicAddress
{
// The local setting holding the province server's address once the counter is enrolled (SyncService::enrol).
inline constexpr auto kServerUrlKey = "sync_url";

// What a receipt's QR code carries for a dossier: the address of its public page on the province server
// (<server>/public/<commune>/dossiers/<code>) when the office has a server, else the bare code.
QString receiptQrText(Store &store, const QString &code);
} // namespace PublicAddress

} // namespace MotCua
