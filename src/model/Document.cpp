#include "model/Document.h"

namespace rightstrack::model {

std::string upr_review_reference(int session, const std::string& state) {
    return "UPR/" + std::to_string(session) + "/" + state;
}

}  // namespace rightstrack::model
