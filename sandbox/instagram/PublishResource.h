#pragma once

namespace onair::sandbox {

class InstagramService;

// POST {ig-user-id}/media_publish (creation_id): a FINISHED container becomes one post, once;
// the publishing limit over a rolling day. GET {ig-user-id}/content_publishing_limit.
class PublishResource
{
public:
    static void registerMethods(InstagramService &service);
};

} // namespace onair::sandbox
