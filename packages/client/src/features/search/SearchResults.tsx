import { graphql } from '../../gql';

export const SearchResults_connection = graphql(`
  fragment SearchResults_connection on SearchHitConnection {
    totalCount
    nodes {
      rank
      snippet(highlightStart: "«", highlightEnd: "»")
      matchedField
      node { ...NodeLabel_node }
    }
  }
`);
