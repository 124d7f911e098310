#include "track/InstitutionService.h"

#include <regex>

#include "track/Permissions.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

core::Status validate(const model::Institution& institution) {
    // Codes are typed on command lines and shown in lists: short, upper case, no spaces.
    static const std::regex code("[A-Z0-9][A-Z0-9_-]{0,31}");
    if (!std::regex_match(institution.code, code))
        return core::Error::invalid_input(
            "institution code '" + institution.code +
            "' must be 1 to 32 upper-case letters, digits, '-' or '_' (e.g. MOJ)");
    if (institution.name.empty())
        return core::Error::invalid_input("institution " + institution.code + " needs a name");
    return {};
}

}  // namespace

core::Result<model::Institution> InstitutionService::create(std::string_view actor,
                                                            model::Institution institution) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_institution(user, Operation::InstitutionCreate, institution.code));
        TRY(validate(institution));
        if (TRY(context_.store.institution(institution.code)))
            return core::Error::conflict("institution " + institution.code + " exists already");
        institution.id = TRY(context_.store.add_institution(institution));
        return context_.audit({user.name, "institution.create", "institution:" + institution.code,
                               "null", canonical(to_json(institution))});
    }));
    return institution;
}

core::Result<model::Institution> InstitutionService::update(std::string_view actor,
                                                            model::Institution institution) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_institution(user, Operation::InstitutionUpdate, institution.code));
        auto before = TRY(context_.store.institution(institution.code));
        if (!before)
            return core::Error::not_found("no institution with code '" + institution.code + "'");
        TRY(validate(institution));
        institution.id = before->id;
        TRY(context_.store.update_institution(institution));
        return context_.audit({user.name, "institution.update", "institution:" + institution.code,
                               canonical(to_json(*before)), canonical(to_json(institution))});
    }));
    return institution;
}

core::Result<std::vector<model::Institution>> InstitutionService::list(std::string_view actor) {
    std::vector<model::Institution> institutions;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_institution(user, Operation::InstitutionRead));
        institutions = TRY(context_.store.institutions());
        return {};
    }));
    return institutions;
}

}  // namespace rightstrack::track
