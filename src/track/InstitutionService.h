// Institutions: ministries, courts, prosecution, police, the NHRI and civil society
// organisations. Each operation checks the institution policy, runs in one transaction and
// records its change in the audit log.
#pragma once

#include <string_view>
#include <vector>

#include "model/Institution.h"
#include "track/Context.h"

namespace rightstrack::track {

class InstitutionService {
public:
    explicit InstitutionService(Context context) : context_(std::move(context)) {}

    core::Result<model::Institution> create(std::string_view actor, model::Institution institution);
    // Replaces the name and kind of the institution with `institution.code`.
    core::Result<model::Institution> update(std::string_view actor, model::Institution institution);
    core::Result<std::vector<model::Institution>> list(std::string_view actor);

private:
    Context context_;
};

}  // namespace rightstrack::track
