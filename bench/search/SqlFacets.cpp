#include "SqlFacets.h"

namespace rightstrack::bench {

std::string filter_condition(const Query& query, std::optional<Facet> except) {
    std::string condition;
    for (Facet facet : kFacets) {
        const auto& filter = query.filters[index_of(facet)];
        if (filter.empty() || facet == except)
            continue;
        std::string values;
        for (ValueId value : filter)
            values += (values.empty() ? "" : ",") + std::to_string(value);
        const std::string name(facet_name(facet));
        condition += condition.empty() ? "" : " AND ";
        condition += is_multi_valued(facet) ? "EXISTS (SELECT 1 FROM " + name +
                                                  " x WHERE x.doc = d.id AND x.value IN (" +
                                                  values + "))"
                                            : "d." + name + " IN (" + values + ")";
    }
    return condition.empty() ? "TRUE" : condition;
}

std::string facet_count_sql(const Query& query) {
    std::string sql = "SELECT -1, 0, count(*) FROM m JOIN doc d ON d.id = m.id WHERE " +
                      filter_condition(query, std::nullopt);
    for (Facet facet : kFacets) {
        const std::string name(facet_name(facet));
        const std::string facet_index = std::to_string(index_of(facet));
        const std::string where = filter_condition(query, facet);
        if (is_multi_valued(facet))
            sql += " UNION ALL SELECT " + facet_index + ", v.value, count(*) FROM m JOIN doc d ON "
                   "d.id = m.id JOIN " + name + " v ON v.doc = d.id WHERE " + where +
                   " GROUP BY v.value";
        else
            sql += " UNION ALL SELECT " + facet_index + ", d." + name +
                   ", count(*) FROM m JOIN doc d ON d.id = m.id WHERE d." + name +
                   " IS NOT NULL AND " + where + " GROUP BY d." + name;
    }
    return sql;
}

}  // namespace rightstrack::bench
