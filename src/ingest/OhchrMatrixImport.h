// Turns a parsed OHCHR matrix into an import batch: its recommendations under the UPR Working
// Group report they were made in, the State's positions with the document that states them, and
// the themes, affected persons and SDGs the matrix gives, as labels the batch defines (so that
// the store adds those it does not know). Pure function: thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"
#include "ingest/OhchrMatrix.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

inline constexpr std::string_view kOhchrMatrixImporter = "ohchr-matrix";
inline constexpr std::string_view kOhchrMatrixImporterVersion = "1";

// The document is the Working Group report: the commonest report symbol among the sources of
// positions ("A/HRC/25/5/Add.1" gives "A/HRC/25/5"), else the review's own reference
// (model::upr_review_reference), without a SHA-256: the matrix is not that document's file. Errors
// (InvalidInput, where = file_name): a matrix that names neither its session nor any source of
// positions, so that the review cannot be told; an unknown position.
core::Result<model::ImportBatch> import_ohchr_matrix(const MatrixDocument& matrix,
                                                     const std::string& file_name);

// The code a label written without one gets: lower case, runs of ASCII punctuation and spaces
// made one '-' ("Migrants & domestic workers" -> "migrants-domestic-workers").
std::string label_slug(std::string_view name);

}  // namespace rightstrack::ingest
