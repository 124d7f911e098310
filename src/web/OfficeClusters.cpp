// Clusters in the office: the list (everyone in the office reads them) with the form that
// creates one, and a cluster's page: its recommendations (each with a button that takes it
// out), the form that adds recommendations by ID, the actions linked to it and the form that
// links it to another action. Through track's ClusterService and ActionService as the
// signed-in user; the secretariat builds clusters, and the services refuse everyone else.
#include <algorithm>

#include "core/Text.h"
#include "track/ActionService.h"
#include "track/ClusterService.h"
#include "track/Permissions.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

using track::Operation;

std::string cluster_path(int64_t id) {
    return "/office/clusters/" + std::to_string(id);
}

core::Result<std::string> list_main(Desk& desk, const Visit& visit) {
    const auto& t = visit.t;
    auto clusters = TRY(track::ClusterService(desk.tracking).list(desk.user.name));
    std::string main = "<h1>" + escape(t("office.clusters")) + "</h1>\n<p>" +
                       escape(t("cluster.intro")) + "</p>\n";
    if (clusters.empty())
        main += "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    else {
        main += "<table class=\"list\">\n<caption>" + escape(t("office.clusters")) +
                "</caption>\n<thead><tr><th scope=\"col\">" + escape(t("cluster.title")) +
                "</th><th scope=\"col\">" + escape(t("cluster.recommendations")) +
                "</th></tr></thead>\n<tbody>\n";
        for (const auto& cluster : clusters)
            main += "<tr><td><a href=\"" + cluster_path(cluster.id) + "\">" +
                    escape(cluster.title) + "</a></td><td class=\"number\">" +
                    std::to_string(cluster.recommendations.size()) + "</td></tr>\n";
        main += "</tbody></table>\n";
    }
    if (!track::check_cluster(desk.user, Operation::ClusterCreate).ok())
        return main;
    return main + "<h2>" + escape(t("cluster.new")) +
           "</h2>\n<form method=\"post\" action=\"/office/clusters\" class=\"stacked\">" +
           csrf_field(visit) + input_field("title", t("cluster.title"), "", "text", true) +
           textarea_field("description", t("cluster.description"), "") +
           input_field("recommendations", t("cluster.recommendation_ids"), "") +
           "<p><button type=\"submit\">" + escape(t("cluster.create")) + "</button></p></form>\n";
}

std::string recommendations_section(const Visit& visit, const model::Cluster& cluster,
                                    bool may_change) {
    const auto& t = visit.t;
    std::string out = "<h2>" + escape(t("cluster.recommendations")) + "</h2>\n";
    if (cluster.recommendations.empty())
        out += "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    else {
        out += "<ul class=\"members\">\n";
        for (const auto& recommendation : cluster.recommendations) {
            out += "<li><a href=\"/recommendations/" + escape(url_encode(recommendation)) + "\">" +
                   escape(recommendation) + "</a>";
            if (may_change)
                out += " <form method=\"post\" action=\"" + cluster_path(cluster.id) +
                       "/remove\" class=\"inline\">" + csrf_field(visit) +
                       "<input type=\"hidden\" name=\"recommendation\" value=\"" +
                       escape(recommendation) + "\"><button type=\"submit\" aria-label=\"" +
                       escape(t("cluster.remove_named", {{"id", recommendation}})) + "\">" +
                       escape(t("cluster.remove")) + "</button></form>";
            out += "</li>\n";
        }
        out += "</ul>\n";
    }
    if (!may_change)
        return out;
    return out + "<form method=\"post\" action=\"" + cluster_path(cluster.id) +
           "/add\" class=\"stacked\">" + csrf_field(visit) +
           input_field("recommendations", t("cluster.recommendation_ids"), "", "text", true) +
           "<p><button type=\"submit\">" + escape(t("cluster.add")) + "</button></p></form>\n";
}

// The actions that answer the cluster's recommendations through it, and the form that links
// it to one more of those the user may link.
std::string actions_section(const Visit& visit, const model::User& user,
                            const model::Cluster& cluster,
                            const std::vector<model::Action>& actions) {
    const auto& t = visit.t;
    std::string out = "<h2>" + escape(t("cluster.actions")) + "</h2>\n";
    std::string linked;
    std::string options;
    for (const auto& action : actions) {
        const bool in = std::find(action.clusters.begin(), action.clusters.end(), cluster.id) !=
                        action.clusters.end();
        if (in)
            linked += "<li><a href=\"/office/actions/" + std::to_string(action.id) + "\">" +
                      escape(action.title) + "</a></li>\n";
        else if (track::check_action(user, Operation::ActionLink, &action).ok())
            options += "<option value=\"" + std::to_string(action.id) + "\">" +
                       escape(action.title) + "</option>";
    }
    out += linked.empty() ? "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n"
                          : "<ul class=\"linked\">\n" + linked + "</ul>\n";
    if (options.empty())
        return out;
    return out + "<form method=\"post\" action=\"" + cluster_path(cluster.id) +
           "/link\" class=\"stacked\">" + csrf_field(visit) + "<p><label for=\"f-action\">" +
           escape(t("cluster.action")) + "</label>\n<select id=\"f-action\" name=\"action\">" +
           options + "</select></p>\n<p><button type=\"submit\">" + escape(t("cluster.link")) +
           "</button></p></form>\n";
}

core::Result<std::string> cluster_main(Desk& desk, const Visit& visit, int64_t id) {
    auto cluster = TRY(track::ClusterService(desk.tracking).get(desk.user.name, id));
    auto actions = TRY(track::ActionService(desk.tracking).list(desk.user.name));
    std::string main = "<h1>" + escape(cluster.title) + "</h1>\n";
    if (!cluster.description.empty())
        main += "<p>" + escape(cluster.description) + "</p>\n";
    const bool may_change = track::check_cluster(desk.user, Operation::ClusterUpdate, id).ok();
    return main + recommendations_section(visit, cluster, may_change) +
           actions_section(visit, desk.user, cluster, actions);
}

core::Result<int64_t> create(Desk& desk, const Request& form) {
    model::Cluster cluster{0, form.field("title"), form.field("description"),
                           items_of(form.field("recommendations"))};
    return TRY(track::ClusterService(desk.tracking).create(desk.user.name, cluster)).id;
}

core::Status change(Desk& desk, const Request& form, int64_t id, const std::string& step) {
    if (step == "add") {
        const auto added = items_of(form.field("recommendations"));
        if (added.empty())
            return core::Error::invalid_input("no recommendation ID given",
                                              "form field recommendations");
        TRY(track::ClusterService(desk.tracking).link(desk.user.name, id, added));
    } else if (step == "remove") {
        TRY(track::ClusterService(desk.tracking)
                .unlink(desk.user.name, id, {form.field("recommendation")}));
    } else {
        const auto action = core::parse_int(form.field("action"));
        if (!action || *action <= 0)
            return core::Error::invalid_input("no action chosen", "form field action");
        TRY(track::ActionService(desk.tracking).link(desk.user.name, *action, {}, {id}));
    }
    return {};
}

}  // namespace

Reply cluster_list(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = list_main(desk, visit);
        if (!main.ok())
            return refused(visit, main.error(), visit.t("refused.cluster_read"));
        return Reply::html(page(visit, visit.t("office.clusters"), *main));
    });
}

Reply cluster_create(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto created = create(desk, visit.request);
        if (!created.ok())
            return refused(visit, created.error(), visit.t("refused.cluster_create"));
        return Reply::redirect(cluster_path(*created));
    });
}

Reply cluster_page(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = cluster_main(desk, visit, path_id(visit));
        if (!main.ok())
            return refused(visit, main.error(), visit.t("refused.cluster_read"));
        return Reply::html(page(visit, visit.t("office.clusters"), *main));
    });
}

Reply cluster_change(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        const auto& matches = visit.request.path_matches;
        const std::string step = matches.size() > 1 ? matches[1] : "";
        auto changed = change(desk, visit.request, id, step);
        if (!changed.ok())
            return refused(
                visit, changed.error(),
                visit.t(step == "link" ? "refused.cluster_link" : "refused.cluster_update"));
        return Reply::redirect(cluster_path(id));
    });
}

}  // namespace rightstrack::web
