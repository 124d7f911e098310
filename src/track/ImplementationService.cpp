#include "track/ImplementationService.h"

#include "track/Permissions.h"
#include "track/TrackJson.h"

namespace rightstrack::track {

using model::ActionStatus;
using model::ImplementationStatus;

namespace {

// The status `user` reads, inside the caller's transaction.
core::Result<RecommendationStatus> status_for(store::TrackingStore& store, const model::User& user,
                                              const std::string& recommendation) {
    TRY(check_implementation(user, Operation::StatusRead, recommendation));
    TRY(check_recommendations_exist(store, {recommendation}));
    RecommendationStatus result;
    result.recommendation = recommendation;
    std::vector<model::ActionStatus> readable;
    for (const auto& action : TRY(store.actions_for(recommendation)))
        if (check_action(user, Operation::ActionRead, &action).ok()) {
            result.actions.push_back(action.id);
            readable.push_back(action.status);
        }
    result.derived = model::derive_status(readable);
    result.override_ = TRY(store.status_override(recommendation));
    return result;
}

// Whether `user` reads who wrote `assessment`. A civil society assessor who judges the
// government's work must not be exposed to the ministries judged, so the login name stays with
// the assessor's own institution and the administrator; everyone else reads the institution.
bool reads_assessor(const model::User& user, const model::Assessment& assessment) {
    return user.role == model::Role::Administrator || user.name == assessment.assessor ||
           (!assessment.institution.empty() && user.belongs_to(assessment.institution));
}

// The assessments `user` reads, inside the caller's transaction, each assessor's name withheld
// (empty) where `user` may not read it.
core::Result<std::vector<model::Assessment>> assessments_for(store::TrackingStore& store,
                                                             const model::User& user,
                                                             const std::string& recommendation) {
    TRY(check_implementation(user, Operation::AssessmentRead, recommendation));
    TRY(check_recommendations_exist(store, {recommendation}));
    auto assessments = TRY(store.assessments(recommendation));
    for (auto& assessment : assessments)
        if (!reads_assessor(user, assessment))
            assessment.assessor.clear();
    return assessments;
}

}  // namespace

core::Result<RecommendationStatus> ImplementationService::status(
    std::string_view actor, const std::string& recommendation) {
    RecommendationStatus result;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        const auto user = TRY(context_.actor(actor));
        result = TRY(status_for(context_.store, user, recommendation));
        return {};
    }));
    return result;
}

core::Result<model::StatusOverride> ImplementationService::override_status(
    std::string_view actor, const std::string& recommendation, ImplementationStatus status,
    const std::string& reason) {
    model::StatusOverride decision;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_implementation(user, Operation::StatusOverride, recommendation));
        TRY(check_recommendations_exist(context_.store, {recommendation}));
        if (reason.empty())
            return core::Error::invalid_input("overriding a status needs a stated reason",
                                              "recommendation:" + recommendation);
        auto before = TRY(context_.store.status_override(recommendation));
        decision = {recommendation, status, reason, user.name, context_.now()};
        TRY(context_.store.save_status_override(decision));
        return context_.audit({user.name, "status.override", "recommendation:" + recommendation,
                               before ? canonical(to_json(*before)) : "null",
                               canonical(to_json(decision))});
    }));
    return decision;
}

core::Result<model::Assessment> ImplementationService::assess(std::string_view actor,
                                                              model::Assessment assessment) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_implementation(user, Operation::AssessmentCreate, assessment.recommendation));
        TRY(check_recommendations_exist(context_.store, {assessment.recommendation}));
        assessment.assessor = user.name;
        assessment.institution = user.institutions.empty() ? "" : user.institutions.front();
        if (auto institution = TRY(context_.store.institution(assessment.institution)))
            assessment.institution_name = institution->name;
        assessment.at = context_.now();
        assessment.id = TRY(context_.store.add_assessment(assessment));
        return context_.audit({user.name, "assessment.create",
                               "assessment:" + std::to_string(assessment.id), "null",
                               canonical(to_json(assessment))});
    }));
    return assessment;
}

core::Result<std::vector<model::Assessment>> ImplementationService::assessments(
    std::string_view actor, const std::string& recommendation) {
    std::vector<model::Assessment> assessments;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        const auto user = TRY(context_.actor(actor));
        assessments = TRY(assessments_for(context_.store, user, recommendation));
        return {};
    }));
    return assessments;
}

core::Result<ImplementationView> ImplementationService::visitor_view(
    const std::string& recommendation) {
    ImplementationView view;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        const model::User user = visitor();
        view.status = TRY(status_for(context_.store, user, recommendation));
        view.assessments = TRY(assessments_for(context_.store, user, recommendation));
        return {};
    }));
    return view;
}

}  // namespace rightstrack::track
