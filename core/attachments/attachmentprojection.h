#pragma once

// The projections of attachments (entity "attachment": table attachments) and of the text read from blobs (entity
// "blob", id = the SHA-256: table blob_texts), as record handlers the Projector registers.
#include "core/store/projector.h"

#include <memory>

namespace MotCua
{

QList<std::shared_ptr<RecordHandler>> attachmentHandlers(Db::Database &db, Touched &touched);

} // namespace MotCua
