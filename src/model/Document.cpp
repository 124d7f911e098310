#include "model/Document.h"

namespace rightstrack::model {

int upr_cycle_of_session(int session) {
    return session <= 12 ? 1 : 2 + (session - 13) / 14;
}

std::string upr_review_reference(int session, const std::string& state) {
    return "UPR/" + std::to_string(session) + "/" + state;
}

}  // namespace rightstrack::model
